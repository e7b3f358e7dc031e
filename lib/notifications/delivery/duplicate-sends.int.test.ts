// Issue 9 "Duplicate sends (X2)": a lease from the clock at each claim, settling only while still the owner, and
// an in-app retry that adds no second notification row.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { claimDueDeliveries } from "@/db/queries/outbox";
import { notifications } from "@/db/schema";
import type { ChannelAdapter } from "@/lib/channels/types";
import { withDemoWorkspace } from "@/test/demo";
import {
  at,
  deliveryOf as deliveryOfIn,
  newConversation as newConversationOf,
} from "../testing/new-conversation";
import { recordingRegistry } from "../testing/pipeline-fakes";
import { dispatchDue, dispatchNow } from "./dispatch";
import { settle } from "./settle";

const demo = withDemoWorkspace();
const newConversation = (now?: Date) => newConversationOf(demo.conn, demo.workspaceId, now);

describe("Duplicate sends (X2)", () => {
  it("a slow batch whose lease expired is not sent twice by a second dispatcher", async () => {
    const start = new Date(Date.now() + 3_600_000); // after anything other tests left due
    await newConversation(start);
    await newConversation(start);
    let clock = at(start, 20_000);
    const sends = new Map<string, number>();
    let calls = 0;
    const fakes = recordingRegistry();
    const slow: ChannelAdapter = {
      async send(delivery) {
        sends.set(delivery.id, (sends.get(delivery.id) ?? 0) + 1);
        calls++;
        if (calls === 1) clock = at(clock, 70_000); // a slow provider: longer than a lease
        // While dispatcher A sends its second batch, dispatcher B (the cron route, another instance) runs.
        if (calls === 2) await dispatchDue(demo.conn.db, { registry, now: at(clock, 30_000), limit: 100 });
        return { status: "delivered" };
      },
    };
    const registry = Object.fromEntries(
      Object.keys(fakes.registry).map((c) => [c, slow]),
    ) as typeof fakes.registry;
    await dispatchDue(demo.conn.db, { registry, now: clock, clock: () => clock, limit: 1 });
    expect(calls).toBeGreaterThan(2);
    expect([...sends.values()].filter((n) => n > 1)).toEqual([]);
  });

  it("a stale owner's settle changes nothing", async () => {
    const c = await newConversation();
    const id = c.sent("in_app").id;
    const [stale] = await claimDueDeliveries(demo.conn.db, {
      now: c.now,
      leaseMs: 60_000,
      limit: 1,
      maxAttempts: 5,
      ids: [id],
    });
    const [owner] = await claimDueDeliveries(demo.conn.db, {
      now: at(c.now, 61_000),
      leaseMs: 60_000,
      limit: 1,
      maxAttempts: 5,
      ids: [id],
    });
    expect(owner?.id).toBe(id);
    await settle(
      demo.conn.db,
      stale,
      { status: "failed", error: "late answer", retryable: false },
      at(c.now, 62_000),
    );
    expect(await deliveryOfIn(demo.conn, c.eventId, id)).toMatchObject({
      status: "sending",
      lastError: null,
    });
  });

  it("an in-app retry makes one row", async () => {
    const c = await newConversation();
    const id = c.sent("in_app").id;
    const fakes = recordingRegistry();
    let n = 0;
    // The notification row is written, then the worker dies before recording it: the retry sends again.
    const crashing: ChannelAdapter = {
      async send(delivery, context) {
        const result = await fakes.registry.in_app.send(delivery, context);
        if (++n === 1) throw new Error("worker died after sending");
        return result;
      },
    };
    const registry = { ...fakes.registry, in_app: crashing };
    await dispatchNow(demo.conn.db, [id], { registry, now: c.now });
    await dispatchNow(demo.conn.db, [id], { registry, now: at(c.now, 600_000) });
    expect(await deliveryOfIn(demo.conn, c.eventId, id)).toMatchObject({ status: "delivered" });
    const userId = c.sent("in_app").decision.recipientUserId ?? "";
    const rows = await demo.conn.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.conversationId, c.conversationId), eq(notifications.userId, userId)));
    expect(rows).toHaveLength(1);
  });
});
