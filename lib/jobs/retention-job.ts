// The daily retention run on pg-boss (self-hosted; Vercel uses /api/cron/retention instead): 03:30 UTC, after
// the nightly CRM sync.
import type PgBoss from "pg-boss";
import type { Connection } from "@/db/client";
import { runRetention } from "@/lib/retention/run";

export const RETENTION_DAILY = "retention.daily";

export async function scheduleDailyRetention(boss: PgBoss, conn: Connection) {
  await boss.createQueue(RETENTION_DAILY);
  await boss.work(RETENTION_DAILY, async () => {
    await runRetention(conn);
  });
  await boss.schedule(RETENTION_DAILY, "30 3 * * *");
}
