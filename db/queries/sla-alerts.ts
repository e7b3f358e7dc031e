// The SLA clocks whose warning point or target has passed without its alert (SL2), and the stamps that make
// each alert fire at most once (SL3). Read across workspaces: the job serves them all.
import { and, asc, eq, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../client";
import { slaTimers } from "../schema";

export type SlaAlertKind = "warning" | "breached";

export async function listTimersWithDueAlerts(db: Db, now: Date, limit = 200) {
  return db
    .select()
    .from(slaTimers)
    .where(
      and(
        eq(slaTimers.state, "running"),
        or(
          and(isNull(slaTimers.warnedAt), lte(slaTimers.warnAt, now)),
          and(isNull(slaTimers.breachedAt), lte(slaTimers.dueAt, now)),
        ),
      ),
    )
    .orderBy(asc(slaTimers.warnAt))
    .limit(limit);
}

// Stamps the alert if nobody did yet and the clock still runs; false when another run (or the reply) won.
export async function stampSlaAlert(db: Db, timerId: string, kind: SlaAlertKind, at: Date): Promise<boolean> {
  const stamp = kind === "warning" ? { warnedAt: at } : { breachedAt: at };
  const unstamped = kind === "warning" ? isNull(slaTimers.warnedAt) : isNull(slaTimers.breachedAt);
  const rows = await db
    .update(slaTimers)
    .set(stamp)
    .where(and(eq(slaTimers.id, timerId), eq(slaTimers.state, "running"), unstamped))
    .returning({ id: slaTimers.id });
  return rows.length > 0;
}
