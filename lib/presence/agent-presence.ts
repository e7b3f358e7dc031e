// Agent presence from the agent app's own reports (RULES.md, "Agent presence"): viewing, active, background, away.
export const AGENT_ACTIVE_INPUT_MS = 30_000;

export interface AgentSignals {
  connected: boolean; // an open app with a live realtime connection
  visible: boolean; // the tab is not hidden or minimised
  focused: boolean; // the window has focus
  conversationId: string | null; // the conversation the app shows, if any
  lastInputAt: Date | null;
}

export type AgentPresence =
  | { state: "viewing"; conversationId: string }
  | { state: "active" }
  | { state: "background" }
  | { state: "away" };

export function agentPresence(s: AgentSignals, now: Date): AgentPresence {
  if (!s.connected) return { state: "away" };
  if (!s.visible || !s.focused) return { state: "background" };
  if (s.conversationId) return { state: "viewing", conversationId: s.conversationId };
  const recentInput =
    s.lastInputAt !== null && now.getTime() - s.lastInputAt.getTime() <= AGENT_ACTIVE_INPUT_MS;
  // Focused but idle for 30 s: the agent is likely not looking, so treat it like a background tab
  // (a browser notification reaches them; an in-app toast might not).
  return recentInput ? { state: "active" } : { state: "background" };
}

// What the presence means for one conversation: viewing another conversation is "active elsewhere".
export function presenceFor(
  p: AgentPresence,
  conversationId: string,
): "viewing" | "active" | "background" | "away" {
  if (p.state === "viewing") return p.conversationId === conversationId ? "viewing" : "active";
  return p.state;
}
