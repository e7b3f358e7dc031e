// SK6: thread lines Slack refused for a passing reason (429, a network error, a 5xx), posted again when due.
import { and, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "../client";
import { slackMirrorRetries } from "../schema";

export async function scheduleSlackMirrorRetry(db: Db, row: typeof slackMirrorRetries.$inferInsert) {
  const { eventId: _key, workspaceId: _ws, ...again } = row;
  await db
    .insert(slackMirrorRetries)
    .values(row)
    .onConflictDoUpdate({ target: slackMirrorRetries.eventId, set: again });
}

// The due lines, each held for `leaseMs` (another worker's sweep skips them meanwhile), oldest first. Across
// workspaces, like the outbox's claim: each row carries its workspace, and every later read is scoped by it.
export async function claimDueSlackMirrorRetries(
  db: Db,
  options: { now: Date; leaseMs: number; limit: number },
) {
  const { now, leaseMs, limit } = options;
  const due = db
    .select({ eventId: slackMirrorRetries.eventId })
    .from(slackMirrorRetries)
    .where(lte(slackMirrorRetries.nextAttemptAt, now))
    .orderBy(slackMirrorRetries.nextAttemptAt)
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(slackMirrorRetries)
    .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
    .where(inArray(slackMirrorRetries.eventId, due))
    .returning();
}

export async function deleteSlackMirrorRetry(db: Db, workspaceId: string, eventId: string) {
  await db
    .delete(slackMirrorRetries)
    .where(and(eq(slackMirrorRetries.workspaceId, workspaceId), eq(slackMirrorRetries.eventId, eventId)));
}
