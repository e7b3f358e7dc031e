// The agent app's open tabs, as each last reported them (POST /api/presence). Presence is derived from these
// rows by lib/presence/agent-presence-store.ts.
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type AgentPage, agentTabs } from "../schema";

export interface AgentTabReport {
  workspaceId: string;
  userId: string;
  tabId: string;
  visible: boolean;
  focused: boolean;
  conversationId: string | null;
  page?: AgentPage | null; // null: a page no rule cares about
  lastInputAt: Date | null;
  reportedAt: Date;
}

export async function upsertAgentTab(db: Db, report: AgentTabReport) {
  const { userId, tabId, ...rest } = report;
  await db
    .insert(agentTabs)
    .values(report)
    .onConflictDoUpdate({ target: [agentTabs.userId, agentTabs.tabId], set: rest });
}

export async function deleteAgentTab(db: Db, workspaceId: string, userId: string, tabId: string) {
  await db
    .delete(agentTabs)
    .where(
      and(eq(agentTabs.workspaceId, workspaceId), eq(agentTabs.userId, userId), eq(agentTabs.tabId, tabId)),
    );
}

// Tabs closed without a goodbye (crash, lost network) would otherwise stay forever.
export async function deleteAgentTabsReportedBefore(
  db: Db,
  workspaceId: string,
  userId: string,
  before: Date,
) {
  await db
    .delete(agentTabs)
    .where(
      and(
        eq(agentTabs.workspaceId, workspaceId),
        eq(agentTabs.userId, userId),
        lt(agentTabs.reportedAt, before),
      ),
    );
}

export async function listAgentTabs(db: Db, workspaceId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return (
    db
      .select()
      .from(agentTabs)
      // One array parameter rather than one per id: a 1,000-member snapshot binds 1 value, not 1,000.
      .where(
        and(
          eq(agentTabs.workspaceId, workspaceId),
          sql`${agentTabs.userId} = any(${sql.param(userIds)}::text[])`,
        ),
      )
  );
}
