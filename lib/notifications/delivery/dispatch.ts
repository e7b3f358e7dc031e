// Sends deliveries: right after the domain write commits (dispatchNow) and from the worker (dispatchDue).
// Delayed steps re-check their condition first; every outcome, including a provider's reason, ends on the row.
import { ZodError } from "zod";
import type { Db } from "@/db/client";
import {
  claimDueDeliveries,
  failExhaustedDeliveries,
  findDecisionsWithEvents,
  renewLease,
} from "@/db/queries/outbox";
import type { DeliveryRow } from "@/db/schema";
import type { ChannelRegistry } from "@/lib/channels/types";
import { notificationContent } from "../content";
import { parseFacts } from "../content/facts";
import { parseEvent } from "../events/event";
import { isGroupDecision } from "../outbox/compact";
import { recheckDelayedStep } from "./delayed-step";
import { MAX_ATTEMPTS } from "./delivery-checks";
import { expandGroup } from "./expand-group";
import { type Outcome, sendSafely, settle, settleCancelled } from "./settle";

// Long enough for any provider call; a worker that dies mid-send gives the row back after this.
const LEASE_MS = 60_000;

export interface DispatchReport {
  counts: Record<Outcome, number>;
  nextAttempts: Date[]; // retries' backoff times: the worker wakes up for each
}

const emptyReport = (): DispatchReport => ({
  counts: {
    delivered: 0,
    captured: 0,
    failed: 0,
    dead: 0,
    cancelled: 0,
    retrying: 0,
    superseded: 0,
    expanded: 0,
  },
  nextAttempts: [],
});

export interface DispatchOptions {
  registry: ChannelRegistry;
  now?: Date;
  // Read at each claim and before each send, so a lease always starts when it is taken, never from a time read
  // before a slow batch (X2). Defaults to `now` when given (tests), else the wall clock.
  clock?: () => Date;
  limit?: number;
}

const clockOf = (o: DispatchOptions) => o.clock ?? (o.now ? () => o.now as Date : () => new Date());

// The deliveries a domain write just made due: in-app must not wait for a poll.
export async function dispatchNow(db: Db, ids: string[], o: DispatchOptions): Promise<DispatchReport> {
  if (ids.length === 0) return emptyReport();
  return sendByIds(db, ids, o.registry, clockOf(o));
}

async function sendByIds(db: Db, ids: string[], registry: ChannelRegistry, clock: () => Date) {
  const claimed = await claimDueDeliveries(db, {
    now: clock(),
    leaseMs: LEASE_MS,
    limit: ids.length,
    maxAttempts: MAX_ATTEMPTS,
    ids,
  });
  return sendClaimed(db, claimed, registry, clock);
}

// Every due delivery (worker, cron), in batches until none is left.
export async function dispatchDue(db: Db, o: DispatchOptions): Promise<DispatchReport> {
  const clock = clockOf(o);
  const total = emptyReport();
  await failExhaustedDeliveries(db, { now: clock(), maxAttempts: MAX_ATTEMPTS });
  for (;;) {
    const claimed = await claimDueDeliveries(db, {
      now: clock(),
      leaseMs: LEASE_MS,
      limit: o.limit ?? 100,
      maxAttempts: MAX_ATTEMPTS,
    });
    if (claimed.length === 0) return total;
    addTo(total, await sendClaimed(db, claimed, o.registry, clock));
  }
}

function addTo(total: DispatchReport, report: DispatchReport) {
  for (const [outcome, n] of Object.entries(report.counts)) total.counts[outcome as Outcome] += n;
  total.nextAttempts.push(...report.nextAttempts);
}

async function sendClaimed(
  db: Db,
  claimed: DeliveryRow[],
  registry: ChannelRegistry,
  clock: () => Date,
): Promise<DispatchReport> {
  const report = emptyReport();
  const expanded: string[] = [];
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
    let outcome: Awaited<ReturnType<typeof sendOne>>;
    try {
      outcome = await sendOne(db, delivery, found, registry, clock);
    } catch (error) {
      // One row that throws (an event stored by an older version that no longer parses, …) ends failed with
      // its reason; the batch goes on (X3).
      const reason = error instanceof ZodError ? `unreadable event: ${zodSummary(error)}` : messageOf(error);
      outcome = await settle(db, delivery, { status: "failed", error: reason, retryable: false }, clock());
    }
    report.counts[outcome.status]++;
    if (outcome.retryAt) report.nextAttempts.push(outcome.retryAt);
    if (outcome.members) expanded.push(...outcome.members);
  }
  // A group's members go out in the same run: in-app right after the write, a delayed step when it came due.
  for (let i = 0; i < expanded.length; i += EXPANDED_BATCH) {
    addTo(report, await sendByIds(db, expanded.slice(i, i + EXPANDED_BATCH), registry, clock));
  }
  return report;
}

// Members of an expanded group claimed at a time: each batch's lease starts when it is taken (X2).
const EXPANDED_BATCH = 100;

type Found = Awaited<ReturnType<typeof findDecisionsWithEvents>>[number];

async function sendOne(
  db: Db,
  delivery: DeliveryRow,
  found: Found,
  registry: ChannelRegistry,
  clock: () => Date,
): Promise<{ status: Outcome; retryAt?: Date; members?: string[] }> {
  const now = clock();
  // The batch's earlier sends may have outlasted this row's lease: send only if the claim still holds it.
  if (!(await renewLease(db, delivery, new Date(now.getTime() + LEASE_MS)))) return { status: "superseded" };
  const { decision } = found;
  if (isGroupDecision(decision)) {
    const members = await expandGroup(db, delivery, decision, now);
    return members ? { status: "expanded", members } : { status: "superseded" };
  }
  const event = parseEvent(found.event);
  const facts = parseFacts(found.facts);
  if (decision.sendAt.getTime() > found.plannedAt.getTime()) {
    const recheck = await recheckDelayedStep(db, decision, event.occurredAt, now);
    if (recheck.outcome === "suppress") {
      const mine = await settleCancelled(db, delivery, { reason: recheck.reason }, now);
      return { status: mine ? "cancelled" : "superseded" };
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
  return settle(db, delivery, result, clock());
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// The first problem, with its path: the delivery log shows a line, not zod's whole JSON.
const zodSummary = (error: ZodError) => {
  const [first] = error.issues;
  return first ? `${first.path.join(".") || "event"}: ${first.message}` : error.message;
};
