"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { fieldErrorsOf } from "@/lib/errors";
import type { ActionState } from "./safe-action";

const schema = z.object({
  email: z.email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password").max(200),
  callbackUrl: z.string().optional(),
});

export async function signInWithPassword(
  _prev: ActionState | undefined,
  form: FormData,
): Promise<ActionState> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    return {
      ok: false,
      error: "Please correct the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: safeRedirectPath(callbackUrl) });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the success redirect is thrown too
    if ((error as AuthError & { code?: string }).code === "rate_limited") {
      return {
        ok: false,
        error: "Too many failed attempts. Wait 15 minutes, or sign in with an email link.",
      };
    }
    // One message whether the email exists or not.
    return { ok: false, error: "Incorrect email or password." };
  }
}
