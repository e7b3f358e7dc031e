// Writes and reads of the notification outbox (db/schema/outbox.ts).
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { NotificationFacts } from "@/lib/notifications/content/facts";
import type { HeraldEvent } from "@/lib/notifications/events/event";
import type { Db } from "../client";
import {
  type DecisionRow,
  type DeliveryRow,
  decisions,
  deliveries,
  type NewDecisionRow,
  notificationEvents,
} from "../schema";

// Stays well under PostgreSQL's 65,535 parameters per statement (18 columns a decision).
const CHUNK = 1_000;

// False when the event was already stored: a replay, which must plan and send nothing again.
export async function insertEventOnce(
  db: Db,
  event: HeraldEvent,
  plannedAt: Date,
  facts: NotificationFacts | null = null,
): Promise<boolean> {
  const inserted = await db
    .insert(notificationEvents)
    .values({
      id: event.id,
      workspaceId: event.workspaceId,
      type: event.type,
      payload: event,
      facts,
      occurredAt: event.occurredAt,
      plannedAt,
    })
    .onConflictDoNothing()
    .returning({ id: notificationEvents.id });
  return inserted.length > 0;
}

export async function insertDecisions(db: Db, rows: NewDecisionRow[]) {
  const out: Pick<DecisionRow, "id" | "outcome" | "sendAt" | "channel" | "workspaceId">[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = await db
      .insert(decisions)
      .values(rows.slice(i, i + CHUNK))
      .onConflictDoNothing({ target: decisions.idempotencyKey })
      .returning({
        id: decisions.id,
        outcome: decisions.outcome,
        sendAt: decisions.sendAt,
        channel: decisions.channel,
        workspaceId: decisions.workspaceId,
      });
    out.push(...chunk);
  }
  return out;
}

export async function insertDeliveries(
  db: Db,
  rows: Pick<DeliveryRow, "workspaceId" | "decisionId" | "channel" | "nextAttemptAt">[],
) {
  const out: { id: string; nextAttemptAt: Date }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = await db
      .insert(deliveries)
      .values(rows.slice(i, i + CHUNK))
      .onConflictDoNothing({ target: deliveries.decisionId })
      .returning({ id: deliveries.id, nextAttemptAt: deliveries.nextAttemptAt });
    out.push(...chunk);
  }
  return out;
}

// Takes due deliveries for sending: one statement, so two workers never take the same row (SKIP LOCKED), and a
// lease: a worker that dies mid-send leaves a `sending` row the next run takes again once the lease ends.
export async function claimDueDeliveries(
  db: Db,
  options: { now: Date; leaseMs: number; limit: number; ids?: string[] },
): Promise<DeliveryRow[]> {
  const { now, leaseMs, limit, ids } = options;
  const due = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(
      and(
        inArray(deliveries.status, ["pending", "sending"]),
        lte(deliveries.nextAttemptAt, now),
        ids ? inArray(deliveries.id, ids) : undefined,
      ),
    )
    .orderBy(deliveries.nextAttemptAt)
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(deliveries)
    .set({
      status: "sending",
      attempts: sql`${deliveries.attempts} + 1`,
      nextAttemptAt: new Date(now.getTime() + leaseMs),
      updatedAt: now,
    })
    .where(inArray(deliveries.id, due))
    .returning();
}

export async function findDecisionsWithEvents(db: Db, decisionIds: string[]) {
  if (decisionIds.length === 0) return [];
  return db
    .select({
      decision: decisions,
      event: notificationEvents.payload,
      facts: notificationEvents.facts,
      plannedAt: notificationEvents.plannedAt,
    })
    .from(decisions)
    .innerJoin(notificationEvents, eq(notificationEvents.id, decisions.eventId))
    .where(inArray(decisions.id, decisionIds));
}

export async function updateDelivery(db: Db, id: string, values: Partial<typeof deliveries.$inferInsert>) {
  await db.update(deliveries).set(values).where(eq(deliveries.id, id));
}
