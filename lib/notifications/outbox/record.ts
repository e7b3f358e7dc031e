// The outbox write (DESIGN.md "The notification pipeline"): store the event, plan it and store every decision
// and one delivery per sent decision, all in the caller's transaction, so a notification exists if and only if
// the domain write that caused it does. Sending happens after commit (dispatch.ts, the worker). What the
// notification will say (X5) is read here too, once per event, and stored with it.
import type { Db } from "@/db/client";
import { insertDecisions, insertDeliveriesFor, insertEventOnce } from "@/db/queries/outbox";
import type { NewDecisionRow } from "@/db/schema";
import { loadNotificationFacts } from "../content/load-facts";
import type { HeraldEvent } from "../events/event";
import { type EventSubjects, subjectsOf } from "../events/subjects";
import { loadSnapshot } from "../planner/load-snapshot";
import { plan } from "../planner/plan";
import { COMPACT_FROM, compactDecisions, groupIdempotencyKey, type PlannedRow } from "./compact";

export interface RecordedEvent {
  eventId: string;
  replayed: boolean; // the event was stored before: nothing planned, nothing new to send
  decisions: number;
  dueDeliveryIds: string[]; // to send right after commit (dispatchNow)
  nextDueAt: Date | null; // the earliest delayed delivery, for the worker's wake-up
}

export interface RecordOptions {
  compactFrom?: number; // members sharing a decision from which it is stored as one row (./compact.ts)
}

export async function recordEvent(
  tx: Db,
  event: HeraldEvent,
  now = new Date(),
  options: RecordOptions = {},
): Promise<RecordedEvent> {
  const none = { eventId: event.id, decisions: 0, dueDeliveryIds: [], nextDueAt: null };
  const loaded = await loadSnapshot(tx, event, now);
  const planned = plan(event, loaded, now);
  // Facts only for an event that notifies someone: a page view of an anonymous visitor reads no words.
  const facts = planned.some((d) => d.outcome === "send")
    ? await loadNotificationFacts(tx, event, loaded)
    : null;
  // The event row is the replay guard (X2): a replay plans in memory, stores nothing and sends nothing.
  if (!(await insertEventOnce(tx, event, now, facts))) return { ...none, replayed: true };
  const subjects = subjectsOf(event);
  const rows = compactDecisions(planned, options.compactFrom ?? COMPACT_FROM);
  const stored = await insertDecisions(
    tx,
    rows.map((row, i) => decisionRow(event, subjects, row, i)),
  );
  const sent = stored.filter((d) => d.outcome === "send");
  const waiting = await insertDeliveriesFor(tx, sent);
  const due = waiting.filter((r) => r.nextAttemptAt.getTime() <= now.getTime());
  const later = waiting.filter((r) => r.nextAttemptAt.getTime() > now.getTime()).map((r) => r.nextAttemptAt);
  return {
    ...none,
    replayed: false,
    decisions: stored.length,
    dueDeliveryIds: due.map((r) => r.id),
    nextDueAt: later.length ? new Date(Math.min(...later.map((d) => d.getTime()))) : null,
  };
}

function decisionRow(
  event: HeraldEvent,
  subjects: EventSubjects,
  { decision: d, memberIds }: PlannedRow,
  index: number,
): NewDecisionRow {
  const r = d.recipient;
  return {
    workspaceId: event.workspaceId,
    eventId: event.id,
    rule: d.rule,
    outcome: d.outcome,
    reason: d.reason,
    recipientKind: r.kind,
    recipientUserId: r.kind === "user" && !memberIds ? r.userId : null,
    recipientUserIds: memberIds,
    recipientVisitorId: r.kind === "visitor" ? r.visitorId : null,
    recipientSlackChannelId: r.kind === "slack_channel" ? r.channelId : null,
    recipientCrmUserId: r.kind === "crm_user" ? r.mappingId : null,
    channel: d.channel,
    sendAt: d.sendAt,
    idempotencyKey: memberIds ? groupIdempotencyKey(event.id, d, index) : d.idempotencyKey,
    onceKey: d.onceKey ?? null,
    presentation: d.presentation ?? null,
    conversationId: subjects.conversationId,
    visitId: subjects.visitId,
  };
}
