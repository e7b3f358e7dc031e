"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteSmsPrice } from "@/db/queries/sms-wallet";
import { memberAction } from "./safe-action";

const schema = z.object({ countryCode: z.string().trim().toUpperCase().min(1).max(2) });

// FU7: back to Herald's default price for that country (or removes a country that has none).
export const resetSmsPrice = memberAction({ schema, role: "admin" }, async (input, { member, db }) => {
  await deleteSmsPrice(db, member.workspaceId, input.countryCode);
  revalidatePath("/settings/billing");
  return { ok: true as const, message: `Price for ${input.countryCode} reset.` };
});
