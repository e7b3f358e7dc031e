"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { waitInWords } from "@/lib/auth/rate-limit";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { emailSignInAvailable } from "@/lib/env";
import { invalidInput } from "./public-action-state";
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
  if (!parsed.success) return invalidInput(parsed.error);
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: safeRedirectPath(callbackUrl) });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the success redirect is thrown too
    const retryAfterSeconds = (error as AuthError & { retryAfterSeconds?: number }).retryAfterSeconds;
    if (retryAfterSeconds) {
      return {
        ok: false,
        error: `Too many failed attempts. Try again in ${waitInWords(retryAfterSeconds)}${emailSignInAvailable() ? ", or sign in with an email link" : ""}.`,
      };
    }
    // One message whether the email exists or not.
    return { ok: false, error: "Incorrect email or password." };
  }
}
