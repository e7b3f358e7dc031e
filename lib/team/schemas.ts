import { z } from "zod";
import { roles } from "@/db/schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export const roleSchema = z.enum(roles, "Choose a role");

export const inviteSchema = z.object({
  email: z.email("Enter a valid email address").max(254, "Use at most 254 characters"),
  role: roleSchema,
});

const token = z.string().min(1).max(200);
const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "Use at most 200 characters");

// "new": a person without an account sets a name and password; "existing": they prove it is their account.
export const acceptInvitationSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("new"),
      token,
      name: z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters"),
      password: newPassword,
      confirmPassword: z.string(),
    }),
    z.object({
      kind: z.literal("existing"),
      token,
      password: z.string().min(1, "Enter your password").max(200),
    }),
  ])
  .superRefine((input, ctx) => {
    if (input.kind === "new" && input.password !== input.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The passwords don’t match" });
    }
  });
