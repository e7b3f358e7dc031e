// FU7 in the delivery log: a text the wallet could not pay for is not sent, and says so with its reason code.
import type { DeliveryResult } from "@/lib/channels/types";
import { formatMoney } from "./prices";

export interface WalletRefusal {
  outcome: "insufficient_balance";
  amountMinor: number;
  balanceMinor: number;
}

// Not retried: the next follow-up finds the wallet again (an admin adds credit, or auto-charge is turned on).
export function notSentForWantOfCredit(refusal: WalletRefusal): DeliveryResult {
  return {
    status: "failed",
    retryable: false,
    reason: "insufficient_balance",
    error: `not sent: the text costs ${formatMoney(refusal.amountMinor)} and the SMS wallet has ${formatMoney(refusal.balanceMinor)}`,
  };
}
