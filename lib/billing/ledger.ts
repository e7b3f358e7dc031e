// The wallet's ledger keys and the one way money comes in. Each movement has a unique key (sms_ledger.unique_key):
// the balance changes only if its ledger entry is new, in the same transaction.
import type { Db } from "@/db/client";
import { creditSmsWallet, insertSmsLedgerEntry } from "@/db/queries/sms-wallet";
import type { SmsLedgerKind } from "@/db/schema";

// Thrown inside a transaction to undo its balance change when the ledger already has the entry.
export class AlreadyRecorded extends Error {}

export const ledgerKey = {
  charge: (deliveryId: string) => `charge:${deliveryId}`,
  refund: (deliveryId: string) => `refund:${deliveryId}`,
  topUp: (workspaceId: string, n: number) => `top_up:${workspaceId}:${n}`,
  credit: (workspaceId: string, month: string) => `credit:${workspaceId}:${month}`,
  manual: (workspaceId: string, requestId: string) => `manual:${workspaceId}:${requestId}`,
};

// Money in (refund, top-up, credit): the balance and its ledger entry together, or neither; null when the key
// was used already.
export async function addToWallet(
  db: Db,
  params: {
    workspaceId: string;
    kind: Exclude<SmsLedgerKind, "charge">;
    amountMinor: number;
    uniqueKey: string;
    deliveryId?: string | null;
    reference?: string | null;
    actorUserId?: string | null;
  },
) {
  try {
    return await db.transaction(async (tx) => {
      const balanceAfterMinor = await creditSmsWallet(tx, params.workspaceId, params.amountMinor);
      const entry = await insertSmsLedgerEntry(tx, { ...params, balanceAfterMinor });
      if (!entry) throw new AlreadyRecorded();
      return entry;
    });
  } catch (error) {
    if (error instanceof AlreadyRecorded) return null;
    throw error;
  }
}
