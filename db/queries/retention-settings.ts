// Each workspace's retention settings and the summary of its last retention run (db/schema/jobs.ts).
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { type RetentionCounts, retentionSettings, workspaces } from "../schema";

export async function findRetentionSettings(db: Db, workspaceId: string) {
  const [row] = await db
    .select()
    .from(retentionSettings)
    .where(eq(retentionSettings.workspaceId, workspaceId));
  return row ?? null;
}

// Every workspace with its settings (null: never saved, the defaults apply).
export async function listWorkspacesForRetention(db: Db) {
  return db
    .select({ workspaceId: workspaces.id, settings: retentionSettings })
    .from(workspaces)
    .leftJoin(retentionSettings, eq(retentionSettings.workspaceId, workspaces.id));
}

export type RetentionDaysInput = Pick<
  typeof retentionSettings.$inferInsert,
  "pageViewDays" | "visitorDays" | "decisionDays" | "notificationDays"
>;

export async function saveRetentionDays(db: Db, workspaceId: string, days: RetentionDaysInput) {
  await db
    .insert(retentionSettings)
    .values({ workspaceId, ...days })
    .onConflictDoUpdate({ target: retentionSettings.workspaceId, set: days });
}

export async function recordRetentionRun(db: Db, workspaceId: string, at: Date, deleted: RetentionCounts) {
  const values = { lastRunAt: at, lastRunDeleted: deleted };
  await db
    .insert(retentionSettings)
    .values({ workspaceId, ...values })
    .onConflictDoUpdate({ target: retentionSettings.workspaceId, set: values });
}
