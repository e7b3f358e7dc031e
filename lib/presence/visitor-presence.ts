// Visitor presence and visits, as RULES.md defines them ("Visitor presence", "Visit").
export const VISITOR_IDLE_MS = 270_000; // 4.5 min without activity → offline
export const VISITOR_HEARTBEAT_GRACE_MS = 60_000; // left the site: no heartbeat for 60 s
export const VISIT_IDLE_MS = 30 * 60_000; // a visit ends after 30 min without activity

export interface VisitorSignals {
  lastActivityAt: Date; // input, scroll or page view
  lastHeartbeatAt: Date; // the loader's periodic beat while the page is open
  pageHidden: boolean; // another tab, minimised
  leftAt: Date | null; // the page said goodbye (pagehide)
}

export type VisitorOfflineReason = "idle" | "hidden" | "left";
export type VisitorPresence = { state: "online" } | { state: "offline"; reason: VisitorOfflineReason };

export function visitorPresence(signals: VisitorSignals, now: Date): VisitorPresence {
  const t = now.getTime();
  // A goodbye only counts if no beat came after it (a reload says goodbye, then beats again).
  const left = signals.leftAt !== null && signals.leftAt.getTime() >= signals.lastHeartbeatAt.getTime();
  if (left || t - signals.lastHeartbeatAt.getTime() > VISITOR_HEARTBEAT_GRACE_MS) {
    return { state: "offline", reason: "left" };
  }
  if (signals.pageHidden) return { state: "offline", reason: "hidden" };
  if (t - signals.lastActivityAt.getTime() > VISITOR_IDLE_MS) return { state: "offline", reason: "idle" };
  return { state: "online" };
}

// Whether activity at `now` continues the visit that was last active at `lastActivityAt`, or starts a new one.
export function continuesVisit(lastActivityAt: Date | null, now: Date): boolean {
  return lastActivityAt !== null && now.getTime() - lastActivityAt.getTime() <= VISIT_IDLE_MS;
}
