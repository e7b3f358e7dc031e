// Sends deliveries: right after the domain write commits (dispatchNow) and from the worker (dispatchDue).
// Delayed steps re-check their condition first; every outcome, including a provider's reason, ends on the row.
import type { Db } from "@/db/client";
import { claimDueDeliveries, findDecisionsWithEvents, updateDelivery } from "@/db/queries/outbox";
import type { DeliveryRow } from "@/db/schema";
import type { ChannelRegistry } from "@/lib/channels/types";
import { notificationContent } from "../content";
import { parseFacts } from "../content/facts";
import { parseEvent } from "../events/event";
import { recheckDelayedStep } from "./delayed-step";
import { type Outcome, sendSafely, settle } from "./settle";

// Long enough for any provider call; a worker that dies mid-send gives the row back after this.
const LEASE_MS = 60_000;

export interface DispatchReport {
  counts: Record<Outcome, number>;
  nextAttempts: Date[]; // retries' backoff times: the worker wakes up for each
}

const emptyReport = (): DispatchReport => ({
  counts: { delivered: 0, captured: 0, failed: 0, dead: 0, cancelled: 0, retrying: 0 },
  nextAttempts: [],
});

export interface DispatchOptions {
  registry: ChannelRegistry;
  now?: Date;
  limit?: number;
}

// The deliveries a domain write just made due: in-app must not wait for a poll.
export async function dispatchNow(db: Db, ids: string[], o: DispatchOptions): Promise<DispatchReport> {
  if (ids.length === 0) return emptyReport();
  const now = o.now ?? new Date();
  return sendClaimed(
    db,
    await claimDueDeliveries(db, { now, leaseMs: LEASE_MS, limit: ids.length, ids }),
    o.registry,
    now,
  );
}

// Every due delivery (worker, cron), in batches until none is left.
export async function dispatchDue(db: Db, o: DispatchOptions): Promise<DispatchReport> {
  const now = o.now ?? new Date();
  const total = emptyReport();
  for (;;) {
    const claimed = await claimDueDeliveries(db, { now, leaseMs: LEASE_MS, limit: o.limit ?? 100 });
    if (claimed.length === 0) return total;
    const report = await sendClaimed(db, claimed, o.registry, now);
    for (const [outcome, n] of Object.entries(report.counts)) total.counts[outcome as Outcome] += n;
    total.nextAttempts.push(...report.nextAttempts);
  }
}

async function sendClaimed(db: Db, claimed: DeliveryRow[], registry: ChannelRegistry, now: Date) {
  const report = emptyReport();
  const byDecision = new Map(
    (
      await findDecisionsWithEvents(
        db,
        claimed.map((d) => d.decisionId),
      )
    ).map((r) => [r.decision.id, r]),
  );
  for (const delivery of claimed) {
    const found = byDecision.get(delivery.decisionId);
    if (!found) continue; // cascaded away with its workspace
    const event = parseEvent(found.event);
    const facts = parseFacts(found.facts);
    const { decision } = found;
    if (decision.sendAt.getTime() > found.plannedAt.getTime()) {
      const recheck = await recheckDelayedStep(db, decision, event.occurredAt, now);
      if (recheck.outcome === "suppress") {
        await updateDelivery(db, delivery.id, {
          status: "cancelled",
          reason: recheck.reason,
          updatedAt: now,
          settledAt: now,
        });
        report.counts.cancelled++;
        continue;
      }
    }
    const result = await sendSafely(() =>
      registry[delivery.channel].send(delivery, {
        db,
        decision,
        event,
        facts,
        content: notificationContent(event, facts),
        now,
      }),
    );
    const outcome = await settle(db, delivery, result, now);
    report.counts[outcome.status]++;
    if (outcome.retryAt) report.nextAttempts.push(outcome.retryAt);
  }
  return report;
}
