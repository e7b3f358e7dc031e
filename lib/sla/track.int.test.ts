// SLA clocks as lib/chat writes them (SL1, SL3), and the supervisor dashboard's at-risk query.
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findMemberForUser, type Member } from "@/db/queries/members";
import { findRoutingGroupByName } from "@/db/queries/routing-groups";
import { upsertSlaPolicy } from "@/db/queries/sla-policies";
import { listTimersPastWarning } from "@/db/queries/sla-timers";
import { createWorkspace } from "@/db/queries/workspaces";
import { slaTimers, visitors } from "@/db/schema";
import { replyAsAgent, setConversationStatus } from "@/lib/chat/agent-actions";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";

let conn: Connection;
let workspaceId: string;
let nadia: Member;
const t0 = new Date("2026-11-01T09:00:00Z");
const min = (n: number) => new Date(t0.getTime() + n * 60_000);

beforeAll(async () => {
  conn = await createTestDb();
  let ids: Record<string, string>;
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
  nadia = (await findMemberForUser(conn.db, ids.nadia)) as Member;
  const sales = await findRoutingGroupByName(conn.db, workspaceId, "Sales");
  await upsertSlaPolicy(conn.db, workspaceId, {
    groupId: sales?.id ?? "",
    firstResponseMinutes: 10,
    nextResponseMinutes: 20,
    resolutionMinutes: 600,
    warningPercent: 50,
  });
});
afterAll(() => conn.close());

const newVisitor = async (ws = workspaceId) =>
  (await conn.db.insert(visitors).values({ workspaceId: ws }).returning())[0].id;

const clocks = async (conversationId: string) =>
  (
    await conn.db
      .select()
      .from(slaTimers)
      .where(eq(slaTimers.conversationId, conversationId))
      .orderBy(asc(slaTimers.startedAt), asc(slaTimers.target))
  ).map((t) => `${t.target}:${t.state}`);

describe("SLA clocks through the chat", () => {
  it("SL1, SL3: start with a Sales conversation, are met by the reply, restart on the visitor's next message", async () => {
    const visitorId = await newVisitor();
    const { conversationId } = await postVisitorMessage(conn.db, { workspaceId, visitorId, body: "Hi" }, t0);
    expect(await clocks(conversationId)).toEqual(["first_response:running", "resolution:running"]);
    const [first] = await conn.db
      .select()
      .from(slaTimers)
      .where(and(eq(slaTimers.conversationId, conversationId), eq(slaTimers.target, "first_response")));
    expect({ warnAt: first.warnAt, dueAt: first.dueAt }).toEqual({ warnAt: min(5), dueAt: min(10) });

    // A second visitor message before any reply changes nothing: the first response is still awaited.
    await postVisitorMessage(conn.db, { workspaceId, visitorId, body: "Anyone?" }, min(1));
    expect(await clocks(conversationId)).toEqual(["first_response:running", "resolution:running"]);

    await replyAsAgent(conn.db, nadia, conversationId, "Hello!");
    expect(await clocks(conversationId)).toEqual(["first_response:met", "resolution:running"]);

    await postVisitorMessage(conn.db, { workspaceId, visitorId, body: "One more thing" }, min(3));
    await postVisitorMessage(conn.db, { workspaceId, visitorId, body: "…and another" }, min(4));
    expect(await clocks(conversationId)).toEqual([
      "first_response:met",
      "resolution:running",
      "next_response:running",
    ]);

    await setConversationStatus(conn.db, nadia, conversationId, "closed", min(5));
    expect(await clocks(conversationId)).toEqual([
      "first_response:met",
      "resolution:met",
      "next_response:cancelled",
    ]);
  });

  it("a conversation outside any group with a policy gets no clock", async () => {
    const other = await createWorkspace(conn.db, "No groups");
    const visitorId = await newVisitor(other.id);
    const { conversationId } = await postVisitorMessage(
      conn.db,
      { workspaceId: other.id, visitorId, body: "Hi" },
      t0,
    );
    expect(await clocks(conversationId)).toEqual([]);
  });

  it("the dashboard lists open conversations past the warning point, in this workspace only", async () => {
    const visitorId = await newVisitor();
    const { conversationId } = await postVisitorMessage(conn.db, { workspaceId, visitorId, body: "Hi" }, t0);
    const pastWarning = async (at: Date, ws = workspaceId) =>
      (await listTimersPastWarning(conn.db, ws, at))
        .filter((r) => r.timer.conversationId === conversationId)
        .map((r) => r.timer.target);

    expect(await pastWarning(min(4))).toEqual([]);
    expect(await pastWarning(min(6))).toEqual(["first_response"]);
    expect(await pastWarning(min(11))).toEqual(["first_response"]);
    expect(await pastWarning(min(11), (await createWorkspace(conn.db, "Other")).id)).toEqual([]);

    await replyAsAgent(conn.db, nadia, conversationId, "Sorry for the wait");
    expect(await pastWarning(min(11))).toEqual([]);
  });
});
