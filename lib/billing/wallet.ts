// The SMS wallet (RULES.md FU7): charge a text per segment before it is sent, refund it when the provider
// refuses it at once, add credit. Every movement is one transaction that changes the balance and writes a ledger
// entry under a unique key, so a retry, a replay or a concurrent twin changes nothing the second time.
import type { Db } from "@/db/client";
import {
  debitSmsWallet,
  ensureSmsWallet,
  findSmsLedgerEntry,
  findSmsWallet,
  insertSmsLedgerEntry,
  listSmsPriceOverrides,
} from "@/db/queries/sms-wallet";
import { tellAdminsWalletEmptyOnce } from "./admin-notice";
import { type AutoCharge, topUpIfBelow } from "./auto-charge";
import { AlreadyRecorded, addToWallet, ledgerKey } from "./ledger";
import { pricePerSegment } from "./prices";
import type { WalletRefusal } from "./text-charge";

export interface TextDelivery {
  workspaceId: string;
  deliveryId: string;
  countryCode: string; // ISO 3166-1 alpha-2 of the destination number
  segments: number;
}

export type TextChargeResult =
  | { outcome: "charged"; amountMinor: number; balanceAfterMinor: number; toppedUp: boolean }
  | WalletRefusal;

export async function chargeTextDelivery(
  db: Db,
  text: TextDelivery,
  autoCharge: AutoCharge | null = null,
): Promise<TextChargeResult> {
  const perSegment = pricePerSegment(await listSmsPriceOverrides(db, text.workspaceId), text.countryCode);
  const amountMinor = perSegment * Math.max(1, text.segments);
  const first = await debitForText(db, text, amountMinor);
  if (first.outcome === "charged") {
    // Below the threshold after this text: top up now, so the next one does not wait for the card.
    if (autoCharge) await topUpIfBelow(db, text.workspaceId, 0, autoCharge);
    return first;
  }
  // "not_needed": a concurrent text's top-up landed while this one waited for the wallet: try again too.
  const topUp = autoCharge ? await topUpIfBelow(db, text.workspaceId, amountMinor, autoCharge) : "off";
  if (topUp === "topped_up" || topUp === "not_needed") {
    const second = await debitForText(db, text, amountMinor);
    if (second.outcome === "charged") return { ...second, toppedUp: topUp === "topped_up" };
  }
  await tellAdminsWalletEmptyOnce(db, text.workspaceId);
  return first;
}

async function debitForText(db: Db, text: TextDelivery, amountMinor: number): Promise<TextChargeResult> {
  const key = ledgerKey.charge(text.deliveryId);
  const existing = await findSmsLedgerEntry(db, text.workspaceId, key);
  if (existing) return charged(existing.amountMinor, existing.balanceAfterMinor);
  try {
    return await db.transaction(async (tx) => {
      await ensureSmsWallet(tx, text.workspaceId);
      const balanceAfterMinor = await debitSmsWallet(tx, text.workspaceId, amountMinor);
      if (balanceAfterMinor === null) {
        const { balanceMinor } = await findSmsWallet(tx, text.workspaceId);
        return { outcome: "insufficient_balance", amountMinor, balanceMinor };
      }
      const entry = await insertSmsLedgerEntry(tx, {
        workspaceId: text.workspaceId,
        kind: "charge",
        amountMinor: -amountMinor,
        balanceAfterMinor,
        deliveryId: text.deliveryId,
        uniqueKey: key,
        segments: text.segments,
        countryCode: text.countryCode.toUpperCase(),
      });
      if (!entry) throw new AlreadyRecorded();
      return charged(-amountMinor, balanceAfterMinor);
    });
  } catch (error) {
    if (!(error instanceof AlreadyRecorded)) throw error;
    const twin = await findSmsLedgerEntry(db, text.workspaceId, key);
    return charged(twin?.amountMinor ?? -amountMinor, twin?.balanceAfterMinor ?? 0);
  }
}

function charged(signedAmount: number, balanceAfterMinor: number): TextChargeResult {
  return { outcome: "charged", amountMinor: -signedAmount, balanceAfterMinor, toppedUp: false };
}

// The provider refused the text at once (Twilio's synchronous 4xx): give back exactly what it was charged, once.
export async function refundTextDelivery(
  db: Db,
  params: { workspaceId: string; deliveryId: string; reason?: string },
): Promise<{ refundedMinor: number }> {
  const charge = await findSmsLedgerEntry(db, params.workspaceId, ledgerKey.charge(params.deliveryId));
  if (!charge) return { refundedMinor: 0 };
  const entry = await addToWallet(db, {
    workspaceId: params.workspaceId,
    kind: "refund",
    amountMinor: -charge.amountMinor,
    uniqueKey: ledgerKey.refund(params.deliveryId),
    deliveryId: params.deliveryId,
    reference: params.reason ?? null,
  });
  return { refundedMinor: entry ? entry.amountMinor : 0 };
}
