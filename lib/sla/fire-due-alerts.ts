// The SLA job (SL2/SL3): at a clock's warning point and at its target, record sla.warning / sla.breached for
// clocks still running. Each alert is stamped in the same transaction as its event, so a second run, a second
// worker or a retry finds it stamped and records nothing: at most once per conversation and target.
import type { Db } from "@/db/client";
import { listTimersWithDueAlerts, type SlaAlertKind, stampSlaAlert } from "@/db/queries/sla-alerts";
import type { SlaTimer } from "@/db/schema";
import { slaEvent } from "@/lib/notifications/events/domain-events";
import { type RecordedEvent, recordEvent } from "@/lib/notifications/outbox/record";

export interface SlaAlertsReport {
  recorded: RecordedEvent[];
}

function dueAlerts(timer: SlaTimer, now: Date): SlaAlertKind[] {
  const kinds: SlaAlertKind[] = [];
  if (!timer.warnedAt && timer.warnAt <= now) kinds.push("warning");
  if (!timer.breachedAt && timer.dueAt <= now) kinds.push("breached");
  return kinds;
}

export async function fireDueSlaAlerts(db: Db, now = new Date()): Promise<SlaAlertsReport> {
  const recorded: RecordedEvent[] = [];
  for (const timer of await listTimersWithDueAlerts(db, now)) {
    for (const kind of dueAlerts(timer, now)) {
      const event = await db.transaction(async (tx) => {
        if (!(await stampSlaAlert(tx, timer.id, kind, now))) return null;
        const { workspaceId, conversationId, target, dueAt } = timer;
        const type = kind === "warning" ? "sla.warning" : "sla.breached";
        return recordEvent(tx, slaEvent(type, { workspaceId, conversationId, target, dueAt }, now), now);
      });
      if (event) recorded.push(event);
    }
  }
  return { recorded };
}
