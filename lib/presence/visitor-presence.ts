// Visitor presence and visits, as RULES.md defines them ("Visitor presence", "Visit"). Presence is driven
// by events, not by time (issue 14): the loader reports page views and changes (hidden/visible, idle after
// 270 s without input, active again), the page says goodbye on pagehide, and the realtime connection's
// channel-existence webhooks tell whether the page is still there (a tab that dies without a goodbye).
export const VISITOR_IDLE_MS = 270_000; // 4.5 min without input → offline (the loader's own timer)
export const VISIT_IDLE_MS = 30 * 60_000; // a visit ends after 30 min without activity

export interface VisitorSignals {
  lastActivityAt: Date; // input or page view, as of the last report (see lastActiveAt)
  lastHeartbeatAt: Date; // the last sign of the page being there: page view, report, channel occupied
  pageHidden: boolean; // another tab, minimised
  idle: boolean; // the loader saw no input for 270 s
  leftAt: Date | null; // the page said goodbye, or its realtime channel was vacated, after the last sign
}

export type VisitorOfflineReason = "idle" | "hidden" | "left";
export type VisitorPresence = { state: "online" } | { state: "offline"; reason: VisitorOfflineReason };

export function visitorPresence(signals: Omit<VisitorSignals, "lastActivityAt">): VisitorPresence {
  // A goodbye only counts if no sign of the page came after it (a reload says goodbye, then shows up).
  if (signals.leftAt !== null && signals.leftAt.getTime() >= signals.lastHeartbeatAt.getTime()) {
    return { state: "offline", reason: "left" };
  }
  if (signals.pageHidden) return { state: "offline", reason: "hidden" };
  if (signals.idle) return { state: "offline", reason: "idle" };
  return { state: "online" };
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

// A sign that the page is there (channel occupied) or gone (goodbye, channel vacated) at `at`, applied so
// that order does not matter: a sign older than the last one of the other kind changes nothing, so a late
// or replayed webhook cannot undo a newer fact.
export function signOfPage(
  signals: Pick<VisitorSignals, "lastHeartbeatAt" | "leftAt">,
  sign: { there: boolean; at: Date },
): Pick<VisitorSignals, "lastHeartbeatAt" | "leftAt"> {
  const { lastHeartbeatAt, leftAt } = signals;
  if (sign.there) {
    return {
      lastHeartbeatAt: later(lastHeartbeatAt, sign.at),
      leftAt: leftAt && leftAt.getTime() > sign.at.getTime() ? leftAt : null,
    };
  }
  if (sign.at.getTime() < lastHeartbeatAt.getTime()) return { lastHeartbeatAt, leftAt };
  return { lastHeartbeatAt, leftAt: leftAt ? later(leftAt, sign.at) : sign.at };
}

const label = (p: VisitorPresence) => (p.state === "online" ? "online" : p.reason);

export type PresenceTransition = "went_offline" | "came_online" | null;

// THE place where a visitor's transition is decided: every write of presence signals (page view, report,
// goodbye, channel occupied/vacated) compares before and after here. `changed` says whether Live Views
// shows something new; `transition` is what a follow-up trigger (visitor.went_offline) hangs on.
export function presenceChange(before: Omit<VisitorSignals, "lastActivityAt"> | null, after: VisitorSignals) {
  const was = before ? visitorPresence(before) : null;
  const is = visitorPresence(after);
  const transition: PresenceTransition =
    was?.state === is.state ? null : is.state === "offline" ? (was ? "went_offline" : null) : "came_online";
  const changed = !was || label(was) !== label(is) || before?.pageHidden !== after.pageHidden;
  return { presence: is, transition, changed };
}

// An online visitor has been active until now: the loader reports input only when it resumes after idle,
// so a visitor active on one page for an hour has an old lastActivityAt and is still on the site.
export function lastActiveAt(signals: VisitorSignals, now: Date): Date {
  return visitorPresence(signals).state === "online" ? now : signals.lastActivityAt;
}

// Whether activity at `now` continues the visit last active at `lastActive`, or starts a new one.
export function continuesVisit(lastActive: Date | null, now: Date): boolean {
  return lastActive !== null && now.getTime() - lastActive.getTime() <= VISIT_IDLE_MS;
}
