// The outbox write (DESIGN.md "The notification pipeline"): store the event, plan it and store every decision
// and one delivery per sent decision, all in the caller's transaction, so a notification exists if and only if
// the domain write that caused it does. Sending happens after commit (dispatch.ts, the worker). What the
// notification will say (X5) is read here too, once per event, and stored with it.
import type { Db } from "@/db/client";
import { insertDecisions, insertDeliveries, insertEventOnce } from "@/db/queries/outbox";
import type { NewDecisionRow } from "@/db/schema";
import { loadNotificationFacts } from "../content/load-facts";
import type { HeraldEvent } from "../events/event";
import { type EventSubjects, subjectsOf } from "../events/subjects";
import type { Decision } from "../planner/decision";
import { loadSnapshot } from "../planner/load-snapshot";
import { plan } from "../planner/plan";

export interface RecordedEvent {
  eventId: string;
  replayed: boolean; // the event was stored before: nothing planned, nothing new to send
  decisions: number;
  dueDeliveryIds: string[]; // to send right after commit (dispatchNow)
  nextDueAt: Date | null; // the earliest delayed delivery, for the worker's wake-up
}

export async function recordEvent(tx: Db, event: HeraldEvent, now = new Date()): Promise<RecordedEvent> {
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
  const stored = await insertDecisions(
    tx,
    planned.map((d) => decisionRow(event, subjects, d)),
  );
  const sent = stored.filter((d) => d.outcome === "send");
  const rows = await insertDeliveries(
    tx,
    sent.map((d) => ({
      workspaceId: d.workspaceId,
      decisionId: d.id,
      channel: d.channel,
      nextAttemptAt: d.sendAt,
    })),
  );
  const due = rows.filter((r) => r.nextAttemptAt.getTime() <= now.getTime());
  const later = rows.filter((r) => r.nextAttemptAt.getTime() > now.getTime()).map((r) => r.nextAttemptAt);
  return {
    ...none,
    replayed: false,
    decisions: stored.length,
    dueDeliveryIds: due.map((r) => r.id),
    nextDueAt: later.length ? new Date(Math.min(...later.map((d) => d.getTime()))) : null,
  };
}

function decisionRow(event: HeraldEvent, subjects: EventSubjects, d: Decision): NewDecisionRow {
  const r = d.recipient;
  return {
    workspaceId: event.workspaceId,
    eventId: event.id,
    rule: d.rule,
    outcome: d.outcome,
    reason: d.reason,
    recipientKind: r.kind,
    recipientUserId: r.kind === "user" ? r.userId : null,
    recipientVisitorId: r.kind === "visitor" ? r.visitorId : null,
    recipientSlackChannelId: r.kind === "slack_channel" ? r.channelId : null,
    recipientCrmUserId: r.kind === "crm_user" ? r.mappingId : null,
    channel: d.channel,
    sendAt: d.sendAt,
    idempotencyKey: d.idempotencyKey,
    onceKey: d.onceKey ?? null,
    presentation: d.presentation ?? null,
    conversationId: subjects.conversationId,
    visitId: subjects.visitId,
  };
}
