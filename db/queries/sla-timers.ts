// Stored SLA clocks (db/schema/sla.ts), scoped by workspace. lib/sla/timers.ts decides what changes.
import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { conversations, type NewSlaTimer, type SlaTimerState, slaTimers, users, visitors } from "../schema";

export async function listRunningTimers(db: Db, workspaceId: string, conversationId: string) {
  return db
    .select()
    .from(slaTimers)
    .where(
      and(
        eq(slaTimers.workspaceId, workspaceId),
        eq(slaTimers.conversationId, conversationId),
        eq(slaTimers.state, "running"),
      ),
    );
}

export async function insertTimers(db: Db, timers: NewSlaTimer[]) {
  if (timers.length === 0) return [];
  return db.insert(slaTimers).values(timers).returning();
}

// Only a running clock can end: a met or cancelled one keeps its first outcome.
export async function endTimer(
  db: Db,
  workspaceId: string,
  timerId: string,
  state: Exclude<SlaTimerState, "running">,
  at: Date,
) {
  await db
    .update(slaTimers)
    .set({ state, endedAt: at })
    .where(
      and(eq(slaTimers.workspaceId, workspaceId), eq(slaTimers.id, timerId), eq(slaTimers.state, "running")),
    );
}

// The supervisor dashboard: running clocks past their warning point, most urgent first.
export async function listTimersPastWarning(db: Db, workspaceId: string, now: Date) {
  return db
    .select({
      timer: slaTimers,
      visitorId: visitors.id,
      visitorName: visitors.name,
      visitorEmail: visitors.email,
      assigneeName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(slaTimers)
    .innerJoin(conversations, eq(conversations.id, slaTimers.conversationId))
    .innerJoin(visitors, eq(visitors.id, conversations.visitorId))
    .leftJoin(users, eq(users.id, conversations.assigneeId))
    .where(
      and(
        eq(slaTimers.workspaceId, workspaceId),
        eq(slaTimers.state, "running"),
        eq(conversations.status, "open"),
        lte(slaTimers.warnAt, now),
      ),
    )
    .orderBy(asc(slaTimers.dueAt));
}
