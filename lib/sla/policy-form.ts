// The SLA policy form (RULES.md SL1): targets typed as a number and a unit, stored in minutes.
import { z } from "zod";

export const targetUnits = ["minutes", "hours"] as const;
export type TargetUnit = (typeof targetUnits)[number];
const minutesPer: Record<TargetUnit, number> = { minutes: 1, hours: 60 };

// Longest target accepted: 30 days, so a typo of extra zeros is caught.
const MAX_MINUTES = 30 * 24 * 60;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const targetValue = (label: string) =>
  z.coerce
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .positive(`${label} must be greater than 0`);

const unit = z.enum(targetUnits, { error: "Choose minutes or hours" }).default("minutes");

export const slaPolicyFormSchema = z
  .object({
    groupId: z.uuid("Choose a routing group"),
    firstResponse: z
      .preprocess(blankToUndefined, targetValue("First response target").optional())
      .refine((v) => v !== undefined, "Enter a first response target"),
    firstResponseUnit: unit,
    nextResponse: z.preprocess(blankToUndefined, targetValue("Next response target").optional()),
    nextResponseUnit: unit,
    resolution: z.preprocess(blankToUndefined, targetValue("Resolution target").optional()),
    resolutionUnit: unit,
    warningPercent: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Warning point must be a number" })
        .int("Warning point must be a whole number")
        .min(1, "Warning point must be between 1 and 99 %")
        .max(99, "Warning point must be between 1 and 99 %")
        .default(75),
    ),
  })
  .superRefine((form, ctx) => {
    for (const field of ["firstResponse", "nextResponse", "resolution"] as const) {
      const value = form[field];
      if (value !== undefined && value * minutesPer[form[`${field}Unit`]] > MAX_MINUTES) {
        ctx.addIssue({ code: "custom", path: [field], message: "Use at most 30 days" });
      }
    }
  });

export type SlaPolicyForm = z.infer<typeof slaPolicyFormSchema>;

const toMinutes = (value: number | undefined, unit: TargetUnit) =>
  value === undefined ? null : value * minutesPer[unit];

export function policyInputOf(form: SlaPolicyForm) {
  return {
    groupId: form.groupId,
    firstResponseMinutes: toMinutes(form.firstResponse, form.firstResponseUnit) ?? 0,
    nextResponseMinutes: toMinutes(form.nextResponse, form.nextResponseUnit),
    resolutionMinutes: toMinutes(form.resolution, form.resolutionUnit),
    warningPercent: form.warningPercent,
  };
}

// "90 minutes" → "1 h 30 min", for the policy list.
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
