// What the account forms send, validated; messages name the field they sit next to.
import { z } from "zod";
import { domainListSchema } from "./domains";

export const accountFieldsInput = z.object({
  name: z
    .string({ message: "Name is required" })
    .trim()
    .min(1, "Name is required")
    .max(120, "Name must be at most 120 characters"),
  domains: z.string().default("").pipe(domainListSchema),
  // A checkbox sends "on" when ticked and nothing otherwise.
  target: z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean()),
});

export const contactInput = z
  .object({
    accountId: z.uuid("Choose an account"),
    name: z.string().trim().max(120, "Name must be at most 120 characters").default(""),
    email: z.union([z.literal(""), z.email("Email must be an email address")]).default(""),
    phone: z
      .string()
      .trim()
      .default("")
      .refine((p) => p === "" || /^\+?[\d\s().-]{6,24}$/.test(p), "Phone must be a phone number"),
  })
  .refine((c) => c.email !== "" || c.phone !== "", {
    message: "Email or phone is required",
    path: ["email"],
  });
