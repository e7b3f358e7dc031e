// FU7 auto-charge: when the balance is below what a text costs (or below the admin's threshold), charge the saved
// card the configured amount, once. The wallet row stays locked during the card charge, so texts arriving
// meanwhile wait for it and then find the new balance instead of charging the card again.
import type { Db } from "@/db/client";
import { lockSmsWallet, updateSmsWallet } from "@/db/queries/sms-wallet";
import type { CardCharge } from "@/lib/integrations/stripe/gateway";
import { tellAdminsCardDeclined } from "./admin-notice";
import { addToWallet, ledgerKey } from "./ledger";

// The payment provider, as the wallet needs it (lib/integrations/stripe implements it).
export interface AutoCharge {
  chargeSavedCard(params: {
    customerId: string;
    paymentMethodId: string;
    amountMinor: number;
    idempotencyKey: string;
    workspaceId: string;
  }): Promise<CardCharge>;
}

export type TopUpOutcome = "not_needed" | "off" | "topped_up" | "declined" | "failed";

export async function topUpIfBelow(
  db: Db,
  workspaceId: string,
  neededMinor: number,
  gateway: AutoCharge,
): Promise<TopUpOutcome> {
  return db.transaction(async (tx) => {
    const wallet = await lockSmsWallet(tx, workspaceId);
    if (!wallet.autoChargeEnabled || !wallet.stripeCustomerId || !wallet.stripePaymentMethodId) return "off";
    const target = Math.max(neededMinor, wallet.autoChargeThresholdMinor);
    if (wallet.balanceMinor >= target) return "not_needed";
    const n = wallet.topUpCount + 1;
    // Known before the call: a retry of this same top-up (after a crash or a timeout) gets Stripe's first answer.
    const result = await gateway.chargeSavedCard({
      customerId: wallet.stripeCustomerId,
      paymentMethodId: wallet.stripePaymentMethodId,
      amountMinor: wallet.autoChargeAmountMinor,
      idempotencyKey: `herald-top-up-${workspaceId}-${n}`,
      workspaceId,
    });
    if (result.outcome === "failed") return "failed"; // the same number (and key) is used by the next attempt
    await updateSmsWallet(tx, workspaceId, { topUpCount: n });
    if (result.outcome === "declined") {
      await updateSmsWallet(tx, workspaceId, { autoChargeEnabled: false, cardDeclinedAt: new Date() });
      await tellAdminsCardDeclined(tx, workspaceId);
      return "declined";
    }
    await addToWallet(tx, {
      workspaceId,
      kind: "top_up",
      amountMinor: result.amountMinor,
      uniqueKey: ledgerKey.topUp(workspaceId, n),
      reference: result.paymentIntentId,
    });
    return "topped_up";
  });
}
