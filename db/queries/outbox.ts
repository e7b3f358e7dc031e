// Writes and reads of the notification outbox (db/schema/outbox.ts).
import { randomUUID } from "node:crypto";
import { and, eq, gte, inArray, isNull, lt, lte, sql } from "drizzle-orm";
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

// One delivery per sent decision, due at the decision's time or at `dueAt` (a group's members, expanded late).
export const insertDeliveriesFor = (
  db: Db,
  sent: Pick<DecisionRow, "id" | "workspaceId" | "channel" | "sendAt">[],
  dueAt?: Date,
) =>
  insertDeliveries(
    db,
    sent.map((d) => ({
      workspaceId: d.workspaceId,
      decisionId: d.id,
      channel: d.channel,
      nextAttemptAt: dueAt ?? d.sendAt,
    })),
  );

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
// lease: a worker that dies mid-send leaves a `sending` row the next run takes again once the lease ends. Each
// claim writes a new lease id, the fencing token its settle must still find (X2). Rows that used up their
// attempts are not taken again (failExhaustedDeliveries ends them).
export async function claimDueDeliveries(
  db: Db,
  options: { now: Date; leaseMs: number; limit: number; maxAttempts: number; ids?: string[] },
): Promise<DeliveryRow[]> {
  const { now, leaseMs, limit, maxAttempts, ids } = options;
  const due = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(
      and(
        inArray(deliveries.status, ["pending", "sending"]),
        lte(deliveries.nextAttemptAt, now),
        lt(deliveries.attempts, maxAttempts),
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
      leaseId: randomUUID(),
      nextAttemptAt: new Date(now.getTime() + leaseMs),
      updatedAt: now,
    })
    .where(inArray(deliveries.id, due))
    .returning();
}

// A row whose last allowed attempt lost its lease (the sender died mid-send) ends failed instead of being
// claimed again and again (X3: a final outcome for every delivery).
export async function failExhaustedDeliveries(db: Db, options: { now: Date; maxAttempts: number }) {
  const { now, maxAttempts } = options;
  await db
    .update(deliveries)
    .set({
      status: "failed",
      reason: "provider_error",
      lastError: `gave up after ${maxAttempts} attempts: the last one never reported back`,
      leaseId: null,
      updatedAt: now,
      settledAt: now,
    })
    .where(
      and(
        eq(deliveries.status, "sending"),
        lte(deliveries.nextAttemptAt, now),
        gte(deliveries.attempts, maxAttempts),
      ),
    );
}

// The claim still holds the row: extends its lease before a send (false: another sender took it meanwhile).
export async function renewLease(db: Db, owner: LeaseOwner, until: Date): Promise<boolean> {
  const rows = await db
    .update(deliveries)
    .set({ nextAttemptAt: until })
    .where(ownedBy(owner))
    .returning({ id: deliveries.id });
  return rows.length > 0;
}

// Writes a claimed row's outcome only while the claim still holds it (false: a stale owner, nothing changed).
export async function settleOwnedDelivery(
  db: Db,
  owner: LeaseOwner,
  values: Partial<typeof deliveries.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(deliveries)
    .set({ ...values, leaseId: null })
    .where(ownedBy(owner))
    .returning({ id: deliveries.id });
  return rows.length > 0;
}

export type LeaseOwner = Pick<DeliveryRow, "id" | "leaseId">;

const ownedBy = ({ id, leaseId }: LeaseOwner) =>
  and(
    eq(deliveries.id, id),
    eq(deliveries.status, "sending"),
    leaseId ? eq(deliveries.leaseId, leaseId) : isNull(deliveries.leaseId),
  );

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
