// An agent's presence from all their open tabs: the most engaged live tab wins (viewing > active > background);
// no live tab means away. Pure, so the store, the planner's tests and the client can share it.

import { type AgentPresence, agentPresence } from "./agent-presence";
import { AGENT_TAB_TIMEOUT_MS } from "./agent-presence-constants";

export interface TabSignals {
  visible: boolean;
  focused: boolean;
  conversationId: string | null;
  lastInputAt: Date | null;
  reportedAt: Date;
}

const rank: Record<AgentPresence["state"], number> = { viewing: 3, active: 2, background: 1, away: 0 };

export function isTabLive(tab: TabSignals, now: Date): boolean {
  return now.getTime() - tab.reportedAt.getTime() <= AGENT_TAB_TIMEOUT_MS;
}

export function presenceFromTabs(tabs: TabSignals[], now: Date): AgentPresence {
  let best: { presence: AgentPresence; reportedAt: number } = { presence: { state: "away" }, reportedAt: 0 };
  for (const tab of tabs) {
    if (!isTabLive(tab, now)) continue;
    const presence = agentPresence({ ...tab, connected: true }, now);
    const better = rank[presence.state] - rank[best.presence.state];
    // Two tabs viewing different conversations: the most recent report is the one the agent looks at.
    if (better > 0 || (better === 0 && tab.reportedAt.getTime() > best.reportedAt)) {
      best = { presence, reportedAt: tab.reportedAt.getTime() };
    }
  }
  return best.presence;
}
