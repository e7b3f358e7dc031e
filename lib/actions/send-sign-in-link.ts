"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { fieldErrorsOf } from "@/lib/errors";
import type { ActionState } from "./safe-action";

const schema = z.object({
  email: z.email("Enter a valid email address"),
  callbackUrl: z.string().optional(),
});

// Sends a magic link (or, in capture mode, prints it to the server log) and shows the "check your email" page.
export async function sendSignInLink(_prev: ActionState | undefined, form: FormData): Promise<ActionState> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    return {
      ok: false,
      error: "Please correct the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  try {
    await signIn("resend", {
      email: parsed.data.email,
      redirectTo: safeRedirectPath(parsed.data.callbackUrl),
    });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    console.error(error);
    return { ok: false, error: "We could not send the sign-in email. Try again, or use your password." };
  }
}
