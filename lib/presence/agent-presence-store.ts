// Agent presence for a set of teammates, from the agent_tabs their open apps report. One query however many
// agents: the notification planner loads it for every event.
import type { Db } from "@/db/client";
import { listAgentTabs } from "@/db/queries/agent-tabs";
import type { AgentPage } from "@/db/schema";
import type { AgentPresence } from "./agent-presence";
import { isTabLive, presenceFromTabs, type TabSignals } from "./agent-tabs";

export interface AgentTabFacts {
  presence: AgentPresence;
  onSupervisorDashboard: boolean; // AS1
}

type TabRow = TabSignals & { page: AgentPage | null };

// AS1 "in-app if they are on the supervisor dashboard": a live tab showing it that the supervisor can see. A
// hidden one would not show the toast, so the browser notification is the one that reaches them.
const showsSupervisorDashboard = (tabs: TabRow[], now: Date) =>
  tabs.some((t) => t.page === "supervisor" && t.visible && isTabLive(t, now));

// Everything the planner reads from tabs, in the one query presence already costs.
export async function agentTabFactsOf(
  db: Db,
  workspaceId: string,
  userIds: string[],
  now: Date,
): Promise<Map<string, AgentTabFacts>> {
  const tabsByUser = new Map<string, TabRow[]>(userIds.map((id) => [id, []]));
  for (const tab of await listAgentTabs(db, workspaceId, [...new Set(userIds)])) {
    tabsByUser.get(tab.userId)?.push(tab);
  }
  return new Map(
    [...tabsByUser].map(([userId, tabs]) => [
      userId,
      { presence: presenceFromTabs(tabs, now), onSupervisorDashboard: showsSupervisorDashboard(tabs, now) },
    ]),
  );
}

export async function agentPresenceOf(
  db: Db,
  workspaceId: string,
  userIds: string[],
  now: Date,
): Promise<Map<string, AgentPresence>> {
  const facts = await agentTabFactsOf(db, workspaceId, userIds, now);
  return new Map([...facts].map(([userId, f]) => [userId, f.presence]));
}
