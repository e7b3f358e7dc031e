// FU7: saving the card auto-charge uses, through Stripe Checkout in setup mode. Herald never sees the number:
// Checkout returns the admin with a session id, whose SetupIntent names the saved payment method.
import type { Db } from "@/db/client";
import { findSmsWallet, updateSmsWallet } from "@/db/queries/sms-wallet";
import { AppError } from "@/lib/errors";
import type { StripeBilling } from "@/lib/integrations/stripe/client";

export async function startSavingCard(
  db: Db,
  stripe: StripeBilling,
  p: { workspaceId: string; workspaceName: string; appUrl: string },
): Promise<string> {
  const wallet = await findSmsWallet(db, p.workspaceId);
  const customerId = wallet.stripeCustomerId ?? (await stripe.ensureCustomer(p.workspaceId, p.workspaceName));
  if (!wallet.stripeCustomerId) await updateSmsWallet(db, p.workspaceId, { stripeCustomerId: customerId });
  return stripe.startCardSetup({
    customerId,
    successUrl: `${p.appUrl}/api/billing/card?checkout={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${p.appUrl}/settings/billing?card=cancelled`,
  });
}

// The session must belong to this workspace's Stripe customer: a session id from elsewhere saves nothing.
export async function finishSavingCard(
  db: Db,
  stripe: StripeBilling,
  workspaceId: string,
  checkoutId: string,
) {
  const wallet = await findSmsWallet(db, workspaceId);
  const saved = await stripe.readCardSetup(checkoutId);
  if (!saved || !wallet.stripeCustomerId || saved.customerId !== wallet.stripeCustomerId) {
    throw new AppError("BAD_REQUEST", "That Checkout session did not save a card for this workspace", {
      checkout: "Not a completed card setup of this workspace",
    });
  }
  // A workspace with a card pays for its texts: it gets the monthly credit from now on.
  await updateSmsWallet(db, workspaceId, {
    stripePaymentMethodId: saved.paymentMethodId,
    cardLabel: saved.cardLabel,
    cardDeclinedAt: null,
    plan: "paid",
  });
  return saved;
}
