// Background jobs' last runs (db/schema/jobs.ts) and the outbox backlog: what worker health is read from.
import { and, count, eq, inArray, lte, min } from "drizzle-orm";
import type { Db } from "../client";
import { deliveries, type JobName, jobRuns } from "../schema";

// `finished`: the run did its work (its time becomes the last run), possibly with a partial `error` (a sweep
// whose SLA alerts failed); not finished: only the error is recorded. No error clears the last one.
export async function recordJobRun(
  db: Db,
  name: JobName,
  at: Date,
  outcome: { finished: boolean; error?: string | null },
) {
  const values = {
    ...(outcome.finished ? { lastFinishedAt: at } : {}),
    lastError: outcome.error ?? null,
    lastErrorAt: outcome.error ? at : null,
  };
  await db
    .insert(jobRuns)
    .values({ name, ...values })
    .onConflictDoUpdate({ target: jobRuns.name, set: values });
}

export async function findJobRun(db: Db, name: JobName) {
  const [row] = await db.select().from(jobRuns).where(eq(jobRuns.name, name));
  return row ?? null;
}

// Deliveries whose time has come and that nobody has sent yet (a `sending` row past its lease is due again):
// how many, and since when the oldest waits. Every workspace, or one.
export async function dueBacklog(db: Db, now: Date, workspaceId?: string) {
  const [row] = await db
    .select({ due: count(), oldestDueAt: min(deliveries.nextAttemptAt) })
    .from(deliveries)
    .where(
      and(
        inArray(deliveries.status, ["pending", "sending"]),
        lte(deliveries.nextAttemptAt, now),
        workspaceId ? eq(deliveries.workspaceId, workspaceId) : undefined,
      ),
    );
  return { due: Number(row?.due ?? 0), oldestDueAt: row?.oldestDueAt ? new Date(row.oldestDueAt) : null };
}
