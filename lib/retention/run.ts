// The daily retention run (issue 9): for every workspace and kind, deletes what is older than the workspace's
// setting in batches of `batchSize` rows, each its own statement (never one huge transaction), then records the
// workspace's summary for Settings → Deliveries. On PGlite a VACUUM ANALYZE follows, so the embedded database's
// file gives the space back to new rows and the planner has statistics. Run by pg-boss daily (self-hosted) or /api/cron/retention (Vercel).
import { sql } from "drizzle-orm";
import type { Connection, Db } from "@/db/client";
import { recordJobRun } from "@/db/queries/job-runs";
import {
  type BatchDelete,
  deleteDecisions,
  deleteEventsWithoutDecisions,
  deleteNotifications,
  deletePageViews,
  deleteSignInAttempts,
  deleteVisitorsWithoutConversation,
} from "@/db/queries/retention";
import { listWorkspacesForRetention, recordRetentionRun } from "@/db/queries/retention-settings";
import type { RetentionCounts } from "@/db/schema";
import { cutoff, type RetentionKind, retentionDays, SIGN_IN_ATTEMPT_DAYS } from "./policy";

export const RETENTION_BATCH = 1_000;

type Deleter = (db: Db, batch: BatchDelete) => Promise<number>;

// In order: decisions before the events they belong to (an event goes only once no decision is left).
const steps: { kind: RetentionKind; counted: string; remove: Deleter }[] = [
  { kind: "pageViews", counted: "pageViews", remove: deletePageViews },
  { kind: "visitors", counted: "visitors", remove: deleteVisitorsWithoutConversation },
  { kind: "decisions", counted: "decisions", remove: deleteDecisions },
  { kind: "decisions", counted: "events", remove: deleteEventsWithoutDecisions },
  { kind: "notifications", counted: "notifications", remove: deleteNotifications },
];

export interface RetentionReport {
  workspaces: number;
  deleted: RetentionCounts; // every workspace's, by kind, plus signInAttempts
  batches: number;
  vacuumed: boolean;
}

export async function runRetention(
  conn: Pick<Connection, "db" | "driver">,
  now = new Date(),
  o: { batchSize?: number } = {},
): Promise<RetentionReport> {
  const { db } = conn;
  const limit = o.batchSize ?? RETENTION_BATCH;
  const report: RetentionReport = { workspaces: 0, deleted: {}, batches: 0, vacuumed: false };
  const untilDone = async (batch: () => Promise<number>) => {
    let total = 0;
    for (;;) {
      const n = await batch();
      report.batches++;
      total += n;
      if (n < limit) return total;
    }
  };
  try {
    for (const { workspaceId, settings } of await listWorkspacesForRetention(db)) {
      const days = retentionDays(settings);
      const deleted: RetentionCounts = {};
      for (const { kind, counted, remove } of steps) {
        const before = cutoff(now, days[kind]);
        deleted[counted] = await untilDone(() => remove(db, { workspaceId, before, limit }));
        report.deleted[counted] = (report.deleted[counted] ?? 0) + deleted[counted];
      }
      await recordRetentionRun(db, workspaceId, now, deleted);
      report.workspaces++;
    }
    const before = cutoff(now, SIGN_IN_ATTEMPT_DAYS);
    report.deleted.signInAttempts = await untilDone(() => deleteSignInAttempts(db, before, now, limit));
    if (conn.driver === "pglite") {
      // With ANALYZE: PGlite has no autovacuum, so without it the planner never has statistics.
      await db.execute(sql.raw("vacuum analyze"));
      report.vacuumed = true;
    }
  } catch (error) {
    await recordJobRun(db, "retention.daily", now, {
      finished: false,
      error: error instanceof Error ? error.message : String(error),
    }).catch(() => {});
    throw error;
  }
  await recordJobRun(db, "retention.daily", now, { finished: true });
  return report;
}
