"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { newPasswordSchema } from "@/lib/auth/change-password";
import { resetPassword as reset } from "@/lib/auth/password-reset";
import { invalidInput, refusal } from "./public-action-state";
import type { ActionState } from "./safe-action";

const schema = z
  .object({ token: z.string().min(1).max(200), password: newPasswordSchema, confirmPassword: z.string() })
  .refine((input) => input.password === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords don’t match",
  });

// Public: the emailed token is the permission. Every session of the account ends; they sign in afresh.
export async function resetPassword(_prev: ActionState | undefined, form: FormData): Promise<ActionState> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await reset(getDb(), parsed.data.token, parsed.data.password);
  } catch (error) {
    return refusal(error);
  }
  redirect("/sign-in?notice=password-reset");
}
