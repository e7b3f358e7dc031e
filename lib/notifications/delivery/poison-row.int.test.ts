// Issue 9 "A poison row stalls dispatch": a stored event that no longer parses ends its delivery `failed` with the
// reason, and the rest of the batch is sent.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notificationEvents } from "@/db/schema";
import { withDemoWorkspace } from "@/test/demo";
import { at, deliveryOf, newConversation } from "../testing/new-conversation";
import { recordingRegistry } from "../testing/pipeline-fakes";
import { dispatchDue } from "./dispatch";

const demo = withDemoWorkspace();

describe("A poison row stalls dispatch", () => {
  it("a stored event that no longer parses is settled failed with its reason and never blocks the others", async () => {
    const start = new Date(Date.now() + 3_600_000);
    const poison = await newConversation(demo.conn, demo.workspaceId, start);
    const healthy = await newConversation(demo.conn, demo.workspaceId, at(start, 1_000));
    await demo.conn.db
      .update(notificationEvents)
      .set({ payload: { type: "renamed.since" } as never })
      .where(eq(notificationEvents.id, poison.eventId));
    const fakes = recordingRegistry();
    const now = at(start, 600_000);
    await dispatchDue(demo.conn.db, { registry: fakes.registry, now });
    const bad = await deliveryOf(demo.conn, poison.eventId, poison.sent("in_app").id);
    expect(bad).toMatchObject({ status: "failed", reason: "provider_error" });
    expect(bad?.lastError).toMatch(/^unreadable event:/);
    const good = await deliveryOf(demo.conn, healthy.eventId, healthy.sent("in_app").id);
    expect(good).toMatchObject({ status: "delivered", attempts: 1 });
    // A second sweep finds nothing left of either.
    await dispatchDue(demo.conn.db, { registry: fakes.registry, now: at(now, 600_000) });
    expect(await deliveryOf(demo.conn, poison.eventId, poison.sent("in_app").id)).toMatchObject({
      attempts: 1,
    });
  });
});
