"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveSmsPrice as savePrice } from "@/db/queries/sms-wallet";
import { memberAction } from "./safe-action";

const schema = z.object({
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{2}|\*)$/, "A two-letter country code (US, GB…), or * for every other country"),
  perSegmentCents: z.coerce
    .number("Enter a whole number of cents")
    .int("Enter a whole number of cents")
    .min(0, "Cannot be negative")
    .max(1000, "At most 1000 ¢"),
});

// FU7 Settings → Billing → Prices: what one SMS segment to a country costs this workspace, in cents.
export const saveSmsPrice = memberAction({ schema, role: "admin" }, async (input, { member, db }) => {
  await savePrice(db, member.workspaceId, input.countryCode, input.perSegmentCents);
  revalidatePath("/settings/billing");
  const where = input.countryCode === "*" ? "other countries" : input.countryCode;
  return { ok: true as const, message: `Price for ${where}: ${input.perSegmentCents} ¢ per segment.` };
});
