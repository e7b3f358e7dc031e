// X3: what a provider's answers end as on the delivery row: retries with backoff, failed with the reason, dead.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import {
  at,
  deliveryOf as deliveryOfIn,
  newConversation as newConversationOf,
} from "../testing/new-conversation";
import { recordingRegistry } from "../testing/pipeline-fakes";
import { MAX_ATTEMPTS } from "./delivery-checks";
import { dispatchNow } from "./dispatch";

let conn: Connection;
let workspaceId: string;
beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

const newConversation = (now?: Date) => newConversationOf(conn, workspaceId, now);
const deliveryOf = (eventId: string, id: string) => deliveryOfIn(conn, eventId, id);

describe("X3: retries and final outcomes", () => {
  it("a provider failing twice then succeeding ends delivered after 3 attempts", async () => {
    const c = await newConversation();
    const fakes = recordingRegistry(
      (n) =>
        n < 3
          ? { status: "failed", error: "503 Service Unavailable", retryable: true }
          : { status: "delivered", providerId: "p-1" },
      ["in_app"],
    );
    const id = c.sent("in_app").id;
    const r1 = await dispatchNow(conn.db, [id], { registry: fakes.registry, now: c.now });
    expect(r1.nextAttempts).toEqual([at(c.now, 5_000)]);
    await dispatchNow(conn.db, [id], { registry: fakes.registry, now: at(c.now, 1_000) }); // not due yet
    await dispatchNow(conn.db, [id], { registry: fakes.registry, now: at(c.now, 5_000) });
    await dispatchNow(conn.db, [id], { registry: fakes.registry, now: at(c.now, 15_000) });
    expect(await deliveryOf(c.eventId, id)).toMatchObject({
      status: "delivered",
      attempts: 3,
      providerId: "p-1",
    });
    expect(fakes.sent).toEqual([id, id, id]);
  });

  it("a provider failing every time ends failed with its reason, and is not tried again", async () => {
    const c = await newConversation();
    const error = "connect ETIMEDOUT 10.0.0.1:443";
    const fakes = recordingRegistry(() => ({ status: "failed", error, retryable: true }), ["in_app"]);
    const id = c.sent("in_app").id;
    for (let i = 0; i <= MAX_ATTEMPTS; i++) {
      await dispatchNow(conn.db, [id], { registry: fakes.registry, now: at(c.now, i * 600_000) });
    }
    expect(await deliveryOf(c.eventId, id)).toMatchObject({
      status: "failed",
      attempts: MAX_ATTEMPTS,
      lastError: error,
      reason: "provider_error",
    });
    expect(fakes.sent).toHaveLength(MAX_ATTEMPTS);
  });

  it("a dead push subscription (a permanent error) is marked dead with its reason and not retried", async () => {
    const c = await newConversation();
    const push = c.sent("web_push");
    const endpoint = `https://push.example/${push.id}`;
    const userId = push.decision.recipientUserId ?? "";
    await conn.db.insert(pushSubscriptions).values({ workspaceId, userId, endpoint, p256dh: "k", auth: "a" });
    const error = "410 Gone: push subscription has unsubscribed or expired";
    const fakes = recordingRegistry(
      () => ({ status: "failed", error, retryable: false, deadEndpoint: endpoint }),
      ["web_push"],
    );
    await dispatchNow(conn.db, [push.id], { registry: fakes.registry, now: at(c.now, 10_000) });
    await dispatchNow(conn.db, [push.id], { registry: fakes.registry, now: at(c.now, 600_000) });
    expect(await deliveryOf(c.eventId, push.id)).toMatchObject({
      status: "dead",
      attempts: 1,
      lastError: error,
    });
    const [sub] = await conn.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, endpoint));
    expect(sub.deadAt).not.toBeNull();
    expect(sub.deadReason).toBe(error);
    expect(fakes.sent).toEqual([push.id]);
  });
});
