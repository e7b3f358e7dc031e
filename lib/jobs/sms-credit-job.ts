// The monthly SMS credit on pg-boss (self-hosted; Vercel uses /api/cron/sms-credit): 00:05 UTC on the 1st.
// pg-boss retries a failed run; the ledger's key per workspace and month makes any extra run harmless.
import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { grantMonthlyCredits } from "@/lib/billing/credits";

export const SMS_MONTHLY_CREDIT = "sms-credit.monthly";

export async function scheduleMonthlySmsCredit(boss: PgBoss, db: Db) {
  await boss.createQueue(SMS_MONTHLY_CREDIT);
  await boss.work(SMS_MONTHLY_CREDIT, async () => {
    await grantMonthlyCredits(db);
  });
  await boss.schedule(SMS_MONTHLY_CREDIT, "5 0 1 * *");
}
