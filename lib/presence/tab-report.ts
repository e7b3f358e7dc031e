// When the agent app reports a tab's signals to POST /api/presence: at once (at most once a second) when
// visibility, focus or the open conversation change; when input resumes after a quiet spell, so the server
// notices an agent becoming active; and every 20 s otherwise, so a live tab is never taken for a gone one.
import type { AgentPage } from "@/db/schema";
import { AGENT_TAB_REPORT_INTERVAL_MS } from "./agent-presence-constants";

export const TAB_REPORT_THROTTLE_MS = 1_000;
// Input is sent again once the server's copy is this stale; well inside the 30 s "active" window.
export const TAB_INPUT_REFRESH_MS = 10_000;

export interface TabState {
  visible: boolean;
  focused: boolean;
  conversationId: string | null;
  page: AgentPage | null;
  lastInputAt: number | null; // ms, the browser's clock
}

export interface SentReport {
  state: TabState;
  at: number;
}

function changed(sent: TabState, current: TabState): boolean {
  if (sent.visible !== current.visible || sent.focused !== current.focused) return true;
  if (sent.conversationId !== current.conversationId || sent.page !== current.page) return true;
  if (current.lastInputAt === null) return false;
  return sent.lastInputAt === null || current.lastInputAt - sent.lastInputAt >= TAB_INPUT_REFRESH_MS;
}

export function isReportDue(last: SentReport | null, current: TabState, now: number): boolean {
  if (!last) return true;
  const since = now - last.at;
  if (since >= AGENT_TAB_REPORT_INTERVAL_MS) return true;
  return since >= TAB_REPORT_THROTTLE_MS && changed(last.state, current);
}

// Sent as "ms since the last input" rather than a timestamp, so a wrong browser clock cannot make an agent
// look active (or idle) to the server, which rebuilds the time from its own clock.
export interface TabReport {
  tabId: string;
  visible: boolean;
  focused: boolean;
  conversationId: string | null;
  page: AgentPage | null;
  msSinceInput: number | null;
}

export function toTabReport(tabId: string, state: TabState, now: number): TabReport {
  const { lastInputAt, ...rest } = state;
  return { tabId, ...rest, msSinceInput: lastInputAt === null ? null : Math.max(0, now - lastInputAt) };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The conversation an /inbox/<id> page shows; anything else shows none.
export function conversationIdFromPath(pathname: string): string | null {
  const match = /^\/inbox\/([^/]+)\/?$/.exec(pathname);
  return match && uuid.test(match[1]) ? match[1].toLowerCase() : null;
}

// AS1: a supervisor on /supervisor (or below) gets assistance requests in-app rather than as a browser one.
export function pageFromPath(pathname: string): AgentPage | null {
  return /^\/supervisor(\/|$)/.test(pathname) ? "supervisor" : null;
}
