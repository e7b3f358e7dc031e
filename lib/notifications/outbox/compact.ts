// Compact storage of a large team's decisions (issue 9, scale): the members who share everything in a decision
// but the recipient (rule, channel, outcome, reason, time, presentation) are stored as one row holding the member
// list, so recording a conversation for a 1,000-member group writes a handful of rows, not thousands. Below
// `COMPACT_FROM` members a row per person is kept: it costs little and reads simplest. Every reader sees a
// compacted row per person through `membersOfDecision`; a sent group is expanded into one decision and one
// delivery per member when it comes due (delivery/expand-group.ts), so sending, retries and IC6 stay per person.
import type { DecisionRow, NewDecisionRow } from "@/db/schema";
import { type Decision, idempotencyKey } from "../planner/decision";

export const COMPACT_FROM = 20;

export interface PlannedRow {
  decision: Decision; // the first member's decision: the group's shape
  memberIds: string[] | null; // null: one recipient, as planned
}

// Once keys (LV7, SL3, follow-ups) are looked up per person by later events: those decisions stay one per row.
const compactable = (d: Decision) => d.recipient.kind === "user" && !d.onceKey;

const shapeOf = (d: Decision) =>
  [d.rule, d.channel, d.outcome, d.reason, d.sendAt.getTime(), JSON.stringify(d.presentation ?? null)].join(
    "|",
  );

const userOf = (d: Decision) => (d.recipient.kind === "user" ? d.recipient.userId : "");

// Keeps the planner's order: a group stands where its first member's decision stood.
export function compactDecisions(planned: readonly Decision[], compactFrom = COMPACT_FROM): PlannedRow[] {
  const keys = planned.map((d) => (compactable(d) ? shapeOf(d) : null));
  const shapes = new Map<string, Decision[]>();
  planned.forEach((d, i) => {
    const key = keys[i];
    if (key === null) return;
    const same = shapes.get(key);
    if (same) same.push(d);
    else shapes.set(key, [d]);
  });
  const rows: PlannedRow[] = [];
  const stored = new Set<string>();
  planned.forEach((d, i) => {
    const key = keys[i];
    const same = key === null ? [] : (shapes.get(key) ?? []);
    if (key === null || same.length < compactFrom) rows.push({ decision: d, memberIds: null });
    else if (!stored.has(key)) {
      stored.add(key);
      rows.push({ decision: d, memberIds: same.map(userOf) });
    }
  });
  return rows;
}

// X2 for a group row: unique per event and shape (the event row already stops a replay; this keeps the index).
export const groupIdempotencyKey = (eventId: string, d: Decision, index: number) =>
  `${eventId}|group:${index}|${d.rule}|${d.channel}|${d.reason}`;

export const isGroupDecision = (row: Pick<DecisionRow, "recipientUserIds">) => row.recipientUserIds !== null;

// A stored row as one decision per person: itself, or one per member of a group, each with the per-person
// idempotency key the row would have had uncompacted (the same key its expansion stores).
export function membersOfDecision<R extends DecisionRow | NewDecisionRow>(row: R): R[] {
  if (!row.recipientUserIds) return [row];
  return row.recipientUserIds.map((userId) => ({
    ...row,
    recipientUserId: userId,
    recipientUserIds: null,
    idempotencyKey: idempotencyKey(row.eventId, { kind: "user", userId }, row.channel),
  }));
}

// One event's stored rows, one per person: compacted rows read per member (a group's members), and a sent group
// already expanded gives way to its members' own rows (same keys), so nobody is counted twice.
export function perPersonDecisions(rows: readonly DecisionRow[]): DecisionRow[] {
  const own = rows.filter((r) => !isGroupDecision(r));
  const keys = new Set(own.map((r) => r.idempotencyKey));
  const fromGroups = rows
    .filter(isGroupDecision)
    .flatMap((r) => membersOfDecision(r))
    .filter((r) => !keys.has(r.idempotencyKey));
  return [...own, ...fromGroups];
}
