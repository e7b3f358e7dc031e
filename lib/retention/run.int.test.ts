// Retention (issue 9, deliverable 7): each kind deleted at its age and kept before it, in batches, nothing an
// open conversation or a pending delivery needs, each workspace by its own settings; on PGlite a VACUUM.
import { count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findRetentionSettings, saveRetentionDays } from "@/db/queries/retention-settings";
import {
  conversations,
  decisions,
  deliveries,
  notificationEvents,
  notifications,
  pageViews,
  signInAttempts,
  visitors,
  visits,
} from "@/db/schema";
import { createTestDb } from "@/test/db";
import { workspaceOfSize } from "@/test/workspace-of-size";
import { runRetention } from "./run";

const now = new Date("2026-12-01T03:30:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

let conn: Connection;
beforeAll(async () => {
  conn = await createTestDb();
});
afterAll(() => conn.close());

async function visitorWith(
  workspaceId: string,
  o: { lastSeenDays: number; conversation?: "open" | "closed" },
) {
  const [v] = await conn.db
    .insert(visitors)
    .values({ workspaceId, lastSeenAt: daysAgo(o.lastSeenDays), createdAt: daysAgo(o.lastSeenDays) })
    .returning();
  const [c] = o.conversation
    ? await conn.db
        .insert(conversations)
        .values({ workspaceId, visitorId: v.id, status: o.conversation })
        .returning()
    : [];
  const [visit] = await conn.db.insert(visits).values({ workspaceId, visitorId: v.id }).returning();
  return { visitorId: v.id, conversationId: c?.id ?? null, visitId: visit.id };
}

const pageViewAt = async (workspaceId: string, visitId: string, days: number) =>
  (
    await conn.db
      .insert(pageViews)
      .values({ workspaceId, visitId, url: "https://a.test/", createdAt: daysAgo(days) })
      .returning()
  )[0].id;

// An event with one sent in-app decision and its delivery, all `days` old.
async function decisionAt(
  w: { workspaceId: string; userId: string },
  days: number,
  o: { conversationId?: string | null; status?: "delivered" | "pending" } = {},
) {
  const at = daysAgo(days);
  const id = `test:${crypto.randomUUID()}`;
  await conn.db.insert(notificationEvents).values({
    id,
    workspaceId: w.workspaceId,
    type: "conversation.created",
    payload: {} as never,
    occurredAt: at,
    plannedAt: at,
  });
  const [d] = await conn.db
    .insert(decisions)
    .values({
      workspaceId: w.workspaceId,
      eventId: id,
      rule: "IC1",
      outcome: "send",
      reason: "sent",
      recipientKind: "user",
      recipientUserId: w.userId,
      channel: "in_app",
      sendAt: at,
      idempotencyKey: id,
      conversationId: o.conversationId ?? null,
      createdAt: at,
    })
    .returning();
  await conn.db.insert(deliveries).values({
    workspaceId: w.workspaceId,
    decisionId: d.id,
    channel: "in_app",
    status: o.status ?? "delivered",
    nextAttemptAt: at,
    createdAt: at,
  });
  return { eventId: id, decisionId: d.id };
}

const notificationAt = async (
  w: { workspaceId: string; userId: string },
  days: number,
  conversationId: string | null = null,
) =>
  (
    await conn.db
      .insert(notifications)
      .values({
        workspaceId: w.workspaceId,
        userId: w.userId,
        type: "conversation.created",
        title: "New conversation",
        conversationId,
        createdAt: daysAgo(days),
      })
      .returning()
  )[0].id;

const exists = async (
  table: typeof pageViews | typeof visitors | typeof decisions | typeof notifications,
  ids: string[],
) => {
  const [r] = await conn.db.select({ n: count() }).from(table).where(inArray(table.id, ids));
  return r.n;
};

async function team() {
  const w = await workspaceOfSize(conn.db, 1);
  const member = await conn.db.query.memberships.findFirst({
    where: (m, { eq }) => eq(m.workspaceId, w.workspaceId),
  });
  return { workspaceId: w.workspaceId, userId: member?.userId ?? "" };
}

describe("Retention", () => {
  it("deletes each kind at its age, keeps it before, and keeps what an open conversation or a pending delivery needs", async () => {
    const w = await team();
    // Page views: 30 days.
    const browsing = await visitorWith(w.workspaceId, { lastSeenDays: 1 });
    const oldView = await pageViewAt(w.workspaceId, browsing.visitId, 31);
    const newView = await pageViewAt(w.workspaceId, browsing.visitId, 29);
    const chatting = await visitorWith(w.workspaceId, { lastSeenDays: 40, conversation: "open" });
    const openView = await pageViewAt(w.workspaceId, chatting.visitId, 40);
    // Visitors with no conversation: 90 days.
    const gone = await visitorWith(w.workspaceId, { lastSeenDays: 91 });
    const recent = await visitorWith(w.workspaceId, { lastSeenDays: 89 });
    const talked = await visitorWith(w.workspaceId, { lastSeenDays: 200, conversation: "closed" });
    // Decisions and deliveries: 180 days.
    const oldDecision = await decisionAt(w, 181, { conversationId: talked.conversationId });
    const newDecision = await decisionAt(w, 179, { conversationId: talked.conversationId });
    const openDecision = await decisionAt(w, 181, { conversationId: chatting.conversationId });
    const pendingDecision = await decisionAt(w, 181, { status: "pending" });
    // Notification-center entries: 180 days.
    const oldNote = await notificationAt(w, 181);
    const newNote = await notificationAt(w, 179);
    const openNote = await notificationAt(w, 181, chatting.conversationId);
    // Sign-in attempts: 1 day.
    await conn.db.insert(signInAttempts).values([
      { key: `old-${w.workspaceId}`, failures: 3, windowStartedAt: daysAgo(2) },
      { key: `new-${w.workspaceId}`, failures: 3, windowStartedAt: daysAgo(0.5) },
    ]);

    const report = await runRetention(conn, now);

    expect(await exists(pageViews, [oldView])).toBe(0);
    expect(await exists(pageViews, [newView, openView])).toBe(2);
    expect(await exists(visitors, [gone.visitorId])).toBe(0);
    expect(await exists(visitors, [recent.visitorId, talked.visitorId, chatting.visitorId])).toBe(3);
    expect(await exists(decisions, [oldDecision.decisionId])).toBe(0);
    expect(
      await exists(decisions, [newDecision.decisionId, openDecision.decisionId, pendingDecision.decisionId]),
    ).toBe(3);
    const [events] = await conn.db
      .select({ n: count() })
      .from(notificationEvents)
      .where(eq(notificationEvents.id, oldDecision.eventId));
    expect(events.n).toBe(0);
    const [orphanDeliveries] = await conn.db
      .select({ n: count() })
      .from(deliveries)
      .where(eq(deliveries.decisionId, oldDecision.decisionId));
    expect(orphanDeliveries.n).toBe(0);
    expect(await exists(notifications, [oldNote])).toBe(0);
    expect(await exists(notifications, [newNote, openNote])).toBe(2);
    const keys = (await conn.db.select({ key: signInAttempts.key }).from(signInAttempts)).map((r) => r.key);
    expect(keys).toContain(`new-${w.workspaceId}`);
    expect(keys).not.toContain(`old-${w.workspaceId}`);
    expect(report.vacuumed).toBe(conn.driver === "pglite");
    // The summary admins see in Settings → Deliveries.
    const settings = await findRetentionSettings(conn.db, w.workspaceId);
    expect(settings?.lastRunAt).toEqual(now);
    expect(settings?.lastRunDeleted).toEqual({
      pageViews: 1,
      visitors: 1,
      decisions: 1,
      events: 1,
      notifications: 1,
    });
  });

  it("deletes in bounded batches until nothing old is left", async () => {
    const w = await team();
    const v = await visitorWith(w.workspaceId, { lastSeenDays: 1 });
    for (let i = 0; i < 7; i++) await pageViewAt(w.workspaceId, v.visitId, 45);
    const before = await runRetention(conn, now, { batchSize: 3 });
    expect((await findRetentionSettings(conn.db, w.workspaceId))?.lastRunDeleted?.pageViews).toBe(7);
    // 7 rows in batches of 3: 3 + 3 + 1 for this workspace's page views, and at least one batch per other step.
    expect(before.batches).toBeGreaterThanOrEqual(3);
    const [left] = await conn.db
      .select({ n: count() })
      .from(pageViews)
      .where(eq(pageViews.visitId, v.visitId));
    expect(left.n).toBe(0);
  });

  it("each workspace is kept by its own settings", async () => {
    const keeps = await team();
    const strict = await team();
    await saveRetentionDays(conn.db, keeps.workspaceId, { pageViewDays: 400 });
    await saveRetentionDays(conn.db, strict.workspaceId, { pageViewDays: 7 });
    const a = await visitorWith(keeps.workspaceId, { lastSeenDays: 1 });
    const b = await visitorWith(strict.workspaceId, { lastSeenDays: 1 });
    const kept = await pageViewAt(keeps.workspaceId, a.visitId, 100);
    const dropped = await pageViewAt(strict.workspaceId, b.visitId, 8);
    const young = await pageViewAt(strict.workspaceId, b.visitId, 6);
    await runRetention(conn, now);
    expect(await exists(pageViews, [kept, young])).toBe(2);
    expect(await exists(pageViews, [dropped])).toBe(0);
  });
});
