// Amounts as admins type them ("25", "12.50") into integer cents, the wallet's unit; zod names the field on error.
import { z } from "zod";

export const dollarsToCents = (opts: { min: number; max: number }) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}(\.\d{1,2})?$/, "Enter an amount in dollars, like 25 or 12.50")
    .transform((v) => Math.round(Number(v) * 100))
    .refine((c) => c >= opts.min && c <= opts.max, {
      message: `Between $${(opts.min / 100).toFixed(2)} and $${(opts.max / 100).toFixed(2)}`,
    });
