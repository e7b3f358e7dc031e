"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { findSmsWallet, updateSmsWallet } from "@/db/queries/sms-wallet";
import { dollarsToCents } from "@/lib/billing/money-input";
import { AppError } from "@/lib/errors";
import { stripeBilling } from "@/lib/integrations/stripe/client";
import { memberAction } from "./safe-action";

const schema = z.object({
  enabled: z.enum(["on", "off"]).transform((v) => v === "on"),
  amount: dollarsToCents({ min: 500, max: 100_000 }),
  threshold: dollarsToCents({ min: 0, max: 100_000 }),
});

// FU7 auto-charge: top the wallet up by `amount` from the saved card when it falls below `threshold` (or below
// what a text costs). Needs Stripe and a saved card.
export const setAutoCharge = memberAction({ schema, role: "admin" }, async (input, { member, db }) => {
  if (input.enabled) {
    if (!stripeBilling()) throw new AppError("BAD_REQUEST", "Auto-charge needs Stripe (STRIPE_SECRET_KEY)");
    const wallet = await findSmsWallet(db, member.workspaceId);
    if (!wallet.stripePaymentMethodId) throw new AppError("BAD_REQUEST", "Save a card first");
  }
  await updateSmsWallet(db, member.workspaceId, {
    autoChargeEnabled: input.enabled,
    autoChargeAmountMinor: input.amount,
    autoChargeThresholdMinor: input.threshold,
  });
  revalidatePath("/settings/billing");
  return {
    ok: true as const,
    message: input.enabled ? "Auto-charge is on." : "Auto-charge settings saved (off).",
  };
});
