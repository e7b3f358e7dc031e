// Concurrency: many visitors' first messages at the same moment, through the real widget route on PostgreSQL.
// Expected: one conversation per visitor, each assigned once, round-robin even across the group's members
// (the default group's row lock serialises the pointer; two open conversations per visitor are impossible).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as sendMessage } from "@/app/api/widget/messages/route";
import type { Connection } from "@/db/client";
import { addMember } from "@/db/queries/members";
import { createRoutingGroup, setRoutingGroupMembers } from "@/db/queries/routing-groups";
import { createUser } from "@/db/queries/users";
import { createWorkspace } from "@/db/queries/workspaces";
import { visitors } from "@/db/schema";
import { widgetLimits } from "@/lib/widget/rate-limit";
import { signVisitorToken } from "@/lib/widget/visitor-token";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { tokenWorkspaceOf } from "@/test/token-workspace";
import { recordFigures, size } from "./figures";

const VISITORS = size(100, 1_000);
const AGENTS = 4;

let conn: Connection;
let workspace: Awaited<ReturnType<typeof tokenWorkspaceOf>>;
let agentIds: string[];

beforeAll(async () => {
  conn = await createTestDb();
  useAsAppDb(conn);
  const created = await createWorkspace(conn.db, "Concurrent");
  agentIds = [];
  for (let i = 0; i < AGENTS; i++) {
    const user = await createUser(conn.db, {
      email: `agent${i}@concurrent.test`,
      name: `Agent ${i}`,
      passwordHash: null,
    });
    await addMember(conn.db, created.id, user.id, "agent");
    agentIds.push(user.id);
  }
  const group = await createRoutingGroup(conn.db, created.id, { name: "Sales", isDefault: true });
  await setRoutingGroupMembers(conn.db, created.id, group.id, agentIds);
  workspace = await tokenWorkspaceOf(conn.db, created.id);
}, 120_000);
afterAll(async () => {
  vi.restoreAllMocks();
  await conn?.close();
});

async function rows<T>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await conn.executeSql(text, values)).rows as T[];
}

describe("concurrency: first messages at once", () => {
  it(
    `${VISITORS} concurrent first messages from ${VISITORS} visitors → ${VISITORS} conversations, each assigned once, round-robin even`,
    async () => {
      // The per-workspace cap on new conversations (60 a minute, tested in app/api/widget/workspace-caps) would
      // refuse this burst by design: here the question is what the database does with it.
      vi.spyOn(widgetLimits.newConversationPerWorkspace, "take").mockReturnValue({ ok: true });
      const created = await conn.db
        .insert(visitors)
        .values(Array.from({ length: VISITORS }, () => ({ workspaceId: workspace.id })))
        .returning({ id: visitors.id });
      const startedAt = Date.now();
      const answers = await Promise.all(
        created.map(async ({ id }) => {
          const response = await sendMessage(
            new Request("http://localhost/api/widget/messages", {
              method: "POST",
              headers: {
                "content-type": "application/json",
                authorization: `Bearer ${signVisitorToken(workspace, id)}`,
              },
              body: JSON.stringify({ key: workspace.publicKey, body: "Hello, is anyone there?" }),
            }),
          );
          return { status: response.status, body: await response.json() };
        }),
      );
      const seconds = (Date.now() - startedAt) / 1000;
      const statuses: Record<number, number> = {};
      for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      const conversations = await rows<{ visitor_id: string; assignee_id: string | null }>(
        "select visitor_id, assignee_id from conversations where workspace_id = $1",
        [workspace.id],
      );
      const perAgent = Object.fromEntries(agentIds.map((id) => [id, 0]));
      for (const c of conversations) if (c.assignee_id) perAgent[c.assignee_id]++;
      const counts = Object.values(perAgent);
      const [events] = await rows<{ n: number }>(
        "select count(*)::int as n from notification_events where workspace_id = $1 and type = 'conversation.created'",
        [workspace.id],
      );
      const figures = {
        visitors: VISITORS,
        answers: statuses,
        conversations: conversations.length,
        visitorsWithOneConversation: new Set(conversations.map((c) => c.visitor_id)).size,
        unassigned: conversations.filter((c) => !c.assignee_id).length,
        conversationCreatedEvents: Number(events.n),
        perAgent: counts,
        spread: Math.max(...counts) - Math.min(...counts),
        seconds,
      };
      recordFigures("concurrency", figures);
      expect(statuses).toEqual({ 201: VISITORS });
      expect(figures).toMatchObject({
        conversations: VISITORS,
        visitorsWithOneConversation: VISITORS,
        unassigned: 0,
        conversationCreatedEvents: VISITORS,
      });
      expect(figures.spread).toBeLessThanOrEqual(1);
    },
    size(300_000, 1_800_000),
  );
});
