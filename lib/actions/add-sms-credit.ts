"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addCreditByHand } from "@/lib/billing/credits";
import { dollarsToCents } from "@/lib/billing/money-input";
import { formatMoney } from "@/lib/billing/prices";
import { memberAction } from "./safe-action";

const schema = z.object({
  amount: dollarsToCents({ min: 1, max: 1_000_000 }),
  note: z.string().trim().max(200, "At most 200 characters").optional(),
  // Rendered with the form: submitting the same form twice adds the credit once.
  requestId: z.uuid("Reload the page and try again"),
});

// FU7 Settings → Billing "Add credit": an admin's credit (e.g. paid by invoice), recorded in the ledger with who.
export const addSmsCredit = memberAction({ schema, role: "admin" }, async (input, { member, db }) => {
  const entry = await addCreditByHand(db, {
    workspaceId: member.workspaceId,
    amountMinor: input.amount,
    actorUserId: member.userId,
    requestId: input.requestId,
    note: input.note,
  });
  revalidatePath("/settings/billing");
  if (!entry) return { ok: true as const, message: "That credit was added already." };
  return {
    ok: true as const,
    message: `Added ${formatMoney(input.amount)}. Balance: ${formatMoney(entry.balanceAfterMinor)}.`,
  };
});
