// Agent presence for a set of teammates, from the agent_tabs their open apps report. One query however many
// agents: the notification planner loads it for every event.
import type { Db } from "@/db/client";
import { listAgentTabs } from "@/db/queries/agent-tabs";
import type { AgentPresence } from "./agent-presence";
import { presenceFromTabs, type TabSignals } from "./agent-tabs";

export async function agentPresenceOf(
  db: Db,
  workspaceId: string,
  userIds: string[],
  now: Date,
): Promise<Map<string, AgentPresence>> {
  const tabsByUser = new Map<string, TabSignals[]>(userIds.map((id) => [id, []]));
  for (const tab of await listAgentTabs(db, workspaceId, [...new Set(userIds)])) {
    tabsByUser.get(tab.userId)?.push(tab);
  }
  return new Map([...tabsByUser].map(([userId, tabs]) => [userId, presenceFromTabs(tabs, now)]));
}
