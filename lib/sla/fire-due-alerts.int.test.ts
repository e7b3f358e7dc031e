// SL2/SL3 on a real database with a fake clock: the job warns at the warning point and breaches at the target,
// each once, and a reply before the warning point cancels both.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { upsertSlaPolicy } from "@/db/queries/sla-policies";
import { decisions, routingGroups, slaTimers, visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { fireDueSlaAlerts } from "./fire-due-alerts";
import { trackAgentReply } from "./track";

let conn: Connection;
let workspaceId: string;
const t0 = new Date("2026-03-02T10:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
  const [sales] = await conn.db.select().from(routingGroups).where(eq(routingGroups.name, "Sales"));
  // First reply within 10 minutes, warned at 75 % (7.5 min).
  await upsertSlaPolicy(conn.db, workspaceId, {
    groupId: sales.id,
    firstResponseMinutes: 10,
    nextResponseMinutes: null,
    resolutionMinutes: null,
    warningPercent: 75,
  });
});
afterAll(() => conn.close());

async function visitorWrites(now: Date) {
  const [v] = await conn.db.insert(visitors).values({ workspaceId }).returning();
  return postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "Anyone there?" }, now);
}

const alertsOf = async (conversationId: string) =>
  conn.db
    .select()
    .from(decisions)
    .where(and(eq(decisions.conversationId, conversationId), eq(decisions.rule, "SL2")));

describe("the SLA job", () => {
  it("SL2/SL3: warns at the warning point and breaches at the target, each once", async () => {
    const { conversationId } = await visitorWrites(t0);
    expect((await fireDueSlaAlerts(conn.db, minutes(5))).recorded).toHaveLength(0);

    expect((await fireDueSlaAlerts(conn.db, minutes(8))).recorded).toHaveLength(1);
    expect((await fireDueSlaAlerts(conn.db, minutes(9))).recorded).toHaveLength(0);
    const [timer] = await conn.db
      .select()
      .from(slaTimers)
      .where(eq(slaTimers.conversationId, conversationId));
    expect(timer.warnedAt).toEqual(minutes(8));
    expect(timer.breachedAt).toBeNull();
    const warnings = (await alertsOf(conversationId)).filter((d) => d.eventId.startsWith("sla.warning"));
    expect(warnings.some((d) => d.outcome === "send" && d.channel === "in_app")).toBe(true);

    expect((await fireDueSlaAlerts(conn.db, minutes(11))).recorded).toHaveLength(1);
    expect((await fireDueSlaAlerts(conn.db, minutes(30))).recorded).toHaveLength(0);
    const [after] = await conn.db
      .select()
      .from(slaTimers)
      .where(eq(slaTimers.conversationId, conversationId));
    expect(after.breachedAt).toEqual(minutes(11));
    const breaches = (await alertsOf(conversationId)).filter((d) => d.eventId.startsWith("sla.breached"));
    expect(breaches.filter((d) => d.outcome === "send").length).toBeGreaterThan(0);
  });

  it("SL3: the reply before the warning point cancels the warning and the breach", async () => {
    const { conversationId } = await visitorWrites(minutes(100));
    await trackAgentReply(conn.db, { workspaceId, conversationId }, minutes(103));
    await fireDueSlaAlerts(conn.db, minutes(200));
    expect(await alertsOf(conversationId)).toEqual([]);
  });
});
