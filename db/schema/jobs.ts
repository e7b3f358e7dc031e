// Background jobs' own records: when each last ran and how it ended (worker health, GET /api/health), and each
// workspace's data retention settings with the summary of the last run (Settings → Deliveries).
import { integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

export const jobNames = ["outbox.sweep", "retention.daily"] as const;
export type JobName = (typeof jobNames)[number];

// One row per job, not per workspace: the outbox sweep and the retention run cover every workspace at once.
// Shared by every instance and by the cron routes, so "last sweep" is true whoever swept.
export const jobRuns = pgTable("job_runs", {
  name: text({ enum: jobNames }).primaryKey(),
  lastFinishedAt: timestamp({ withTimezone: true }),
  lastError: text(), // the last run's failure, cleared by the next run that succeeds
  lastErrorAt: timestamp({ withTimezone: true }),
});

// What a retention run deleted in one workspace, by kind (lib/retention/kinds.ts).
export type RetentionCounts = Record<string, number>;

export const retentionSettings = pgTable("retention_settings", {
  workspaceId: uuid()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  // Days kept; null: the default (lib/retention/kinds.ts).
  pageViewDays: integer(),
  visitorDays: integer(), // visitors with no conversation
  decisionDays: integer(), // decisions and their deliveries
  notificationDays: integer(), // notification-center entries
  lastRunAt: timestamp({ withTimezone: true }),
  lastRunDeleted: jsonb().$type<RetentionCounts>(),
});

export type JobRun = typeof jobRuns.$inferSelect;
export type RetentionSettings = typeof retentionSettings.$inferSelect;
