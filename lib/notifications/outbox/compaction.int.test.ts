// Issue 9 (scale): a large group's decisions are stored compacted (one row per shared decision, with the member
// list), and every reader still answers per person: "Why wasn't … notified?", the delivery log, and sending.
import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { listDeliveryLog } from "@/db/queries/delivery-log";
import { conversations, decisions, deliveries, notifications, visitors } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { workspaceOfSize } from "@/test/workspace-of-size";
import { dispatchDue, dispatchNow } from "../delivery/dispatch";
import { conversationCreated } from "../events/domain-events";
import { explainConversation } from "../explain/conversation-explanations";
import { recordingRegistry } from "../testing/pipeline-fakes";
import { COMPACT_FROM } from "./compact";
import { recordEvent } from "./record";

const SIZE = COMPACT_FROM + 5;
let conn: Connection;
beforeAll(async () => {
  conn = await createTestDb();
});
afterAll(() => conn.close());

// A workspace of SIZE members in one group and a new conversation recorded for it, compacted or one row per person.
async function recorded(compactFrom: number, now = new Date()) {
  const w = await workspaceOfSize(conn.db, SIZE);
  const [v] = await conn.db.insert(visitors).values({ workspaceId: w.workspaceId }).returning();
  const [c] = await conn.db
    .insert(conversations)
    .values({ workspaceId: w.workspaceId, visitorId: v.id, groupId: w.groupId })
    .returning();
  const event = conversationCreated(
    { workspaceId: w.workspaceId, visitorId: v.id, conversationId: c.id },
    now,
  );
  const result = await conn.db.transaction((tx) => recordEvent(tx, event, now, { compactFrom }));
  const people = await conn.db.query.memberships.findMany({
    where: (m, { eq }) => eq(m.workspaceId, w.workspaceId),
  });
  return { ...w, conversationId: c.id, eventId: event.id, result, userIds: people.map((p) => p.userId) };
}

const rowsOf = async (eventId: string) => {
  const [d] = await conn.db.select({ n: count() }).from(decisions).where(eq(decisions.eventId, eventId));
  return d.n;
};

// Deliveries of one workspace by status (the groups' own rows end `delivered`: expanded).
async function statusesOf(workspaceId: string) {
  const rows = await conn.db
    .select({ status: deliveries.status, n: count() })
    .from(deliveries)
    .where(eq(deliveries.workspaceId, workspaceId))
    .groupBy(deliveries.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

// What "Why wasn't … notified?" says to the n-th member, in words that do not depend on ids.
async function explanations(w: Awaited<ReturnType<typeof recorded>>) {
  const teammates = w.userIds.map((userId, i) => ({ userId, name: `member ${i}` }));
  const [about] = await explainConversation(conn.db, w.workspaceId, w.conversationId, teammates);
  return about.teammates.map((t) => ({
    name: t.name,
    reason: t.explanation.reason,
    decisions: t.explanation.decisions.map((d) => `${d.rule} ${d.channel} ${d.outcome} ${d.reason}`).sort(),
  }));
}

describe("Compacted decisions of a large group (issue 9, scale)", () => {
  it("a new conversation for a large group is stored in one row per shared decision, not one per member", async () => {
    const w = await recorded(COMPACT_FROM);
    // In-app, web push and mobile push sent; email and Slack suppressed (preference_off): five shapes.
    expect(await rowsOf(w.eventId)).toBe(5);
    const [d] = await conn.db
      .select({ n: count() })
      .from(deliveries)
      .innerJoin(decisions, eq(decisions.id, deliveries.decisionId))
      .where(eq(decisions.eventId, w.eventId));
    expect(d.n).toBe(3);
  });

  it("X1: per-person explanations survive compaction: every member is explained as with a row of their own", async () => {
    const perPerson = await recorded(Number.POSITIVE_INFINITY);
    expect(await rowsOf(perPerson.eventId)).toBe(SIZE * 5);
    const compacted = await recorded(COMPACT_FROM);
    const want = await explanations(perPerson);
    expect(want[0].decisions).toEqual([
      "IC1 in_app send sent",
      "IC2 email suppress preference_off",
      "IC2 slack_dm suppress preference_off",
      "IC6 mobile_push send sent",
      "IC6 web_push send sent",
    ]);
    expect(await explanations(compacted)).toEqual(want);
  });

  it("X1: the delivery log lists a group once with its size, and as each member's own entry when filtered by them", async () => {
    const w = await recorded(COMPACT_FROM);
    const { entries } = await listDeliveryLog(conn.db, w.workspaceId, {});
    expect(entries).toHaveLength(5);
    expect(entries.every((e) => e.groupSize === SIZE && e.recipientUserId === null)).toBe(true);
    const someone = w.userIds[7];
    const theirs = await listDeliveryLog(conn.db, w.workspaceId, { recipientUserId: someone });
    expect(theirs.entries).toHaveLength(5);
    expect(theirs.entries.every((e) => e.recipientUserId === someone && e.recipientName !== null)).toBe(true);
    const suppressed = await listDeliveryLog(conn.db, w.workspaceId, {
      recipientUserId: someone,
      reason: "preference_off",
    });
    expect(suppressed.entries.map((e) => e.channel).sort()).toEqual(["email", "slack_dm"]);
  });

  it("X2: a sent group becomes one delivery per member when it comes due, each sent once, and the log shows them", async () => {
    const now = new Date(Date.now() + 7_200_000); // after anything other tests left due
    const w = await recorded(COMPACT_FROM, now);
    const fakes = recordingRegistry(() => ({ status: "captured" }), ["web_push", "mobile_push"]);
    // In-app right after the write: the group expands and every member's notification-center entry lands.
    const report = await dispatchNow(conn.db, w.result.dueDeliveryIds, { registry: fakes.registry, now });
    expect(report.counts).toMatchObject({ expanded: 1, delivered: SIZE });
    const entries = await conn.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.workspaceId, w.workspaceId), inArray(notifications.userId, w.userIds)));
    expect(new Set(entries.map((e) => e.userId)).size).toBe(SIZE);
    expect(entries).toHaveLength(SIZE);
    // The delayed push steps, 10 s later: expanded and sent, each member once.
    await dispatchDue(conn.db, { registry: fakes.registry, now: new Date(now.getTime() + 11_000) });
    expect(await statusesOf(w.workspaceId)).toEqual({ delivered: 1 + SIZE + 2, captured: SIZE * 2 });
    expect(new Set(fakes.sent).size).toBe(fakes.sent.length);
    // Nothing left to send again.
    await dispatchDue(conn.db, { registry: fakes.registry, now: new Date(now.getTime() + 60_000) });
    expect(await statusesOf(w.workspaceId)).toEqual({ delivered: 1 + SIZE + 2, captured: SIZE * 2 });
    // The log now shows each member's own sent rows; the expanded groups are not listed twice.
    const log = await listDeliveryLog(conn.db, w.workspaceId, {}, { limit: 1000 });
    expect(log.entries.filter((e) => e.outcome === "send")).toHaveLength(SIZE * 3);
    expect(log.entries.filter((e) => e.groupSize !== null)).toHaveLength(2); // the two suppressions
    const explained = await explanations(w);
    expect(explained.every((m) => m.reason === "sent" && m.decisions.length === 5)).toBe(true);
  });
});
