// FU7 credits: the monthly credit to paid workspaces, and credit an admin adds by hand (no card needed).
import type { Db } from "@/db/client";
import { paidWorkspaceIds } from "@/db/queries/sms-wallet";
import { addToWallet, ledgerKey } from "./ledger";

export const MONTHLY_CREDIT_MINOR = 1000; // $10

// "2026-12": the month in UTC, so every server agrees which month a run belongs to.
export function creditMonth(now: Date): string {
  return now.toISOString().slice(0, 7);
}

// Run on the 1st by pg-boss or Vercel Cron; any number of runs in a month grant each paid workspace one credit.
export async function grantMonthlyCredits(db: Db, now = new Date()) {
  const month = creditMonth(now);
  let granted = 0;
  const workspaceIds = await paidWorkspaceIds(db);
  for (const workspaceId of workspaceIds) {
    const entry = await addToWallet(db, {
      workspaceId,
      kind: "credit",
      amountMinor: MONTHLY_CREDIT_MINOR,
      uniqueKey: ledgerKey.credit(workspaceId, month),
      reference: `Monthly credit ${month}`,
    });
    if (entry) granted++;
  }
  return { month, granted, paidWorkspaces: workspaceIds.length };
}

// "Add credit" in Settings → Billing: `requestId` comes with the form, so a double submit adds it once.
export async function addCreditByHand(
  db: Db,
  params: { workspaceId: string; amountMinor: number; actorUserId: string; requestId: string; note?: string },
) {
  return addToWallet(db, {
    workspaceId: params.workspaceId,
    kind: "credit",
    amountMinor: params.amountMinor,
    uniqueKey: ledgerKey.manual(params.workspaceId, params.requestId),
    reference: params.note?.trim() || "Added by an admin",
    actorUserId: params.actorUserId,
  });
}
