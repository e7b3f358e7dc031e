// The nightly CRM sync on pg-boss (self-hosted; Vercel uses /api/cron/crm-sync instead): 03:00 UTC every day.
import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { syncAllCrmConnections } from "@/lib/crm/start";

export const CRM_SYNC_NIGHTLY = "crm-sync.nightly";

export async function scheduleNightlyCrmSync(boss: PgBoss, db: Db) {
  await boss.createQueue(CRM_SYNC_NIGHTLY);
  await boss.work(CRM_SYNC_NIGHTLY, async () => {
    await syncAllCrmConnections(db);
  });
  await boss.schedule(CRM_SYNC_NIGHTLY, "0 3 * * *");
}
