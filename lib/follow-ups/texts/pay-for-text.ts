// FU7 on the text path: a follow-up text is paid from the SMS wallet before Twilio is asked, and paid back if
// Twilio refuses it for good at once. Once per delivery (the ledger's key), so a re-run after a WhatsApp failure
// that falls back to SMS is not charged again.
import type { Db } from "@/db/client";
import { FALLBACK_COUNTRY } from "@/lib/billing/prices";
import { notSentForWantOfCredit } from "@/lib/billing/text-charge";
import { chargeTextDelivery, refundTextDelivery } from "@/lib/billing/wallet";
import type { DeliveryResult } from "@/lib/channels/types";
import { stripeBilling } from "@/lib/integrations/stripe/client";
import { MAX_ATTEMPTS } from "@/lib/notifications/delivery/delivery-checks";
import type { TextFollowUp } from "./send-text";

// Null when paid; otherwise the delivery's result (`insufficient_balance`, not sent).
export async function payForText(
  db: Db,
  f: TextFollowUp,
  text: { segments: number; country: string | null },
): Promise<DeliveryResult | null> {
  const charge = await chargeTextDelivery(
    db,
    {
      workspaceId: f.decision.workspaceId,
      deliveryId: f.delivery.id,
      countryCode: text.country ?? FALLBACK_COUNTRY,
      segments: text.segments,
    },
    stripeBilling(),
  );
  return charge.outcome === "charged" ? null : notSentForWantOfCredit(charge);
}

// A refusal that will be retried keeps its charge for the retry; a final one is paid back.
export async function refundIfRefused(db: Db, f: TextFollowUp, result: DeliveryResult): Promise<void> {
  if (result.status !== "failed") return;
  if (result.retryable && f.delivery.attempts < MAX_ATTEMPTS) return;
  await refundTextDelivery(db, {
    workspaceId: f.decision.workspaceId,
    deliveryId: f.delivery.id,
    reason: result.error.slice(0, 200),
  });
}
