// The Live Views list in the browser: rows from the page, updated by `visitor.updated` events, known visitors
// first, and dropped once their visit has been idle for 30 min (the same window as listLiveVisitors).

import {
  lastActiveAt,
  VISIT_IDLE_MS,
  type VisitorPresence,
  type VisitorSignals,
  visitorPresence,
} from "@/lib/presence/visitor-presence";
import type { LiveVisitorPayload } from "@/lib/realtime/events";

export function upsertLiveVisitor(
  rows: LiveVisitorPayload[],
  update: LiveVisitorPayload,
): LiveVisitorPayload[] {
  const i = rows.findIndex((r) => r.visitId === update.visitId);
  if (i === -1) return [...rows, update];
  // Events can arrive out of order: an older snapshot never replaces a newer one.
  if (Date.parse(rows[i].lastHeartbeatAt) > Date.parse(update.lastHeartbeatAt)) return rows;
  return rows.map((r, j) => (j === i ? update : r));
}

const known = (r: LiveVisitorPayload) => r.email !== null;

export function liveVisitorsAt(rows: LiveVisitorPayload[], now: number): LiveVisitorPayload[] {
  return rows
    .filter((r) => now - lastActiveAt(signalsOf(r), new Date(now)).getTime() <= VISIT_IDLE_MS)
    .sort(
      (a, b) =>
        Number(known(b)) - Number(known(a)) ||
        Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt) ||
        a.visitId.localeCompare(b.visitId),
    );
}

const signalsOf = (row: LiveVisitorPayload): VisitorSignals => ({
  lastActivityAt: new Date(row.lastActivityAt),
  lastHeartbeatAt: new Date(row.lastHeartbeatAt),
  pageHidden: row.pageHidden,
  idle: row.idle,
  leftAt: row.leftAt ? new Date(row.leftAt) : null,
});

// Presence no longer changes with time alone (issue 14): every change arrives as a `visitor.updated`.
export function presenceAt(row: LiveVisitorPayload): VisitorPresence {
  return visitorPresence(signalsOf(row));
}
