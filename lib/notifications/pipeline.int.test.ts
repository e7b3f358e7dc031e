// The notification pipeline end to end on a real database: domain write → outbox → dispatch (X1–X4, IC6).
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { markReadByAgent } from "@/db/queries/conversations";
import { claimDueDeliveries } from "@/db/queries/outbox";
import { decisions, notificationEvents, notifications, visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { channels } from "@/lib/realtime/channels";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { sendAfterCommit } from "./delivery/after-commit";
import { dispatchDue, dispatchNow } from "./delivery/dispatch";
import { conversationCreated } from "./events/domain-events";
import { recordEvent } from "./outbox/record";
import {
  at,
  deliveryOf as deliveryOfIn,
  newConversation as newConversationOf,
} from "./testing/new-conversation";
import { outboxOf } from "./testing/outbox-rows";
import { recordingRegistry } from "./testing/pipeline-fakes";

let conn: Connection;
let workspaceId: string;
beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

const newConversation = (now?: Date) => newConversationOf(conn, workspaceId, now);
const deliveryOf = (eventId: string, id: string) => deliveryOfIn(conn, eventId, id);

describe("recording (the outbox)", () => {
  it("X1/X2, IC3: a visitor message stores its event, every decision and the deliveries with it", async () => {
    const c = await newConversation();
    expect(c.notifications.replayed).toBe(false);
    expect(c.outbox.decisions.length).toBe(c.notifications.decisions);
    expect(c.outbox.decisions.some((d) => d.outcome === "suppress" && d.reason === "not_in_group")).toBe(
      true,
    );
    const inApp = c.sent("in_app");
    expect(inApp.status).toBe("pending");
    expect(inApp.decision.conversationId).toBe(c.conversationId);
    expect(c.sent("web_push").nextAttemptAt).toEqual(at(c.now, 10_000));
    expect(c.notifications.dueDeliveryIds).toContain(inApp.id);
  });

  it("rolls back with the write: no message, no event, no decision", async () => {
    const before = await conn.db.select({ n: count() }).from(decisions);
    const events = await conn.db.select({ n: count() }).from(notificationEvents);
    const [v] = await conn.db.insert(visitors).values({ workspaceId }).returning();
    await expect(
      conn.db.transaction(async (tx) => {
        await postVisitorMessage(tx, { workspaceId, visitorId: v.id, body: "Hello" });
        throw new Error("the request failed after the write");
      }),
    ).rejects.toThrow("after the write");
    expect(await conn.db.select({ n: count() }).from(decisions)).toEqual(before);
    expect(await conn.db.select({ n: count() }).from(notificationEvents)).toEqual(events);
  });
});

describe("sending", () => {
  it("X4, IC1: due in-app deliveries go out right after commit: a notification-center row and a realtime event", async () => {
    const c = await newConversation();
    const fakes = recordingRegistry();
    await sendAfterCommit(conn.db, [c.notifications], fakes.registry);
    const inApp = await deliveryOf(c.eventId, c.sent("in_app").id);
    expect(inApp).toMatchObject({ status: "delivered", attempts: 1, providerStatus: "published" });
    const userId = inApp?.decision.recipientUserId ?? "";
    // The assignee and each teammate of the group (IC1), one realtime event each.
    const inApps = c.outbox.deliveries.filter((d) => d.channel === "in_app");
    expect(fakes.published).toHaveLength(inApps.length);
    expect(fakes.published).toContainEqual(
      expect.objectContaining({ channel: channels.user(userId), event: "notification.created" }),
    );
    const [row] = await conn.db
      .select()
      .from(notifications)
      .where(eq(notifications.id, inApp?.providerId ?? ""));
    expect(row).toMatchObject({ userId, conversationId: c.conversationId, body: "Hello" });
    expect(row.title).toMatch(/^New chat from Visitor [0-9a-f]{4}$/); // X5: an anonymous visitor's short label
  });

  it("a crash between commit and send (or mid-send) still delivers once the worker runs", async () => {
    const c = await newConversation();
    // Mid-send crash: claimed (leased for a minute) but never settled. Five minutes later every step is due,
    // the 3-minute email included.
    await claimDueDeliveries(conn.db, {
      now: c.now,
      leaseMs: 60_000,
      limit: 1,
      maxAttempts: 5,
      ids: [c.sent("in_app").id],
    });
    const fakes = recordingRegistry();
    await dispatchDue(conn.db, { registry: fakes.registry, now: at(c.now, 300_000) });
    const after = await outboxOf(conn.db, c.eventId);
    expect(after.deliveries.map((d) => d.status).sort()).toEqual(
      after.deliveries.map((d) => (d.channel === "in_app" ? "delivered" : "captured")).sort(),
    );
    // The recorder sees in-app sends (the others are capture adapters): each exactly once.
    const inApp = after.deliveries.filter((d) => d.channel === "in_app").map((d) => d.id);
    expect(fakes.sent.filter((id) => inApp.includes(id)).sort()).toEqual(inApp.sort());
  });

  it("X2: replaying an event plans nothing and sends nothing twice", async () => {
    const c = await newConversation();
    const fakes = recordingRegistry();
    await sendAfterCommit(conn.db, [c.notifications], fakes.registry);
    const replay = conversationCreated(
      { workspaceId, conversationId: c.conversationId, visitorId: c.visitorId },
      c.now,
    );
    const again = await conn.db.transaction((tx) => recordEvent(tx, replay, at(c.now, 1_000)));
    expect(again).toMatchObject({ replayed: true, decisions: 0, dueDeliveryIds: [] });
    expect((await outboxOf(conn.db, c.eventId)).decisions).toHaveLength(c.outbox.decisions.length);
    await dispatchDue(conn.db, { registry: fakes.registry, now: at(c.now, 3_600_000) });
    expect(new Set(fakes.sent).size).toBe(fakes.sent.length);
  });
});

describe("IC6: delayed steps re-check when they come due", () => {
  it("a delayed push whose conversation was read meanwhile ends cancelled with read_meanwhile", async () => {
    const c = await newConversation();
    const t = at(c.now, 60_000);
    const reply = await postVisitorMessage(
      conn.db,
      { workspaceId, visitorId: c.visitorId, body: "Anyone?" },
      t,
    );
    const eventId = `message.created:${reply.message.id}`;
    const push = (await outboxOf(conn.db, eventId)).deliveries.find((d) => d.channel === "web_push");
    expect(push?.nextAttemptAt).toEqual(at(t, 10_000));
    const userId = push?.decision.recipientUserId ?? "";
    await markReadByAgent(conn.db, workspaceId, c.conversationId, userId, at(t, 4_000));
    const fakes = recordingRegistry(undefined, ["web_push"]);
    const report = await dispatchNow(conn.db, [push?.id ?? ""], {
      registry: fakes.registry,
      now: at(t, 10_000),
    });
    expect(report.counts.cancelled).toBe(1);
    expect(await deliveryOf(eventId, push?.id ?? "")).toMatchObject({
      status: "cancelled",
      reason: "read_meanwhile",
    });
    expect(fakes.sent).toEqual([]);
  });
});
