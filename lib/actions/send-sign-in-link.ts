"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { z } from "zod";
import { getDb } from "@/db/client";
import { signIn } from "@/lib/auth";
import { takeAccountEmail, waitInWords } from "@/lib/auth/rate-limit";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { emailSignInAvailable } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { invalidInput } from "./public-action-state";
import type { ActionState } from "./safe-action";

const schema = z.object({
  email: z.email("Enter a valid email address"),
  callbackUrl: z.string().optional(),
});

// Sends a magic link (or, in capture mode, prints it to the server log) and shows the "check your email" page.
// The only way to ask for one: app/api/auth/[...nextauth]/route.ts refuses Auth.js's own endpoint, so every
// link goes through the throttle below.
export async function sendSignInLink(_prev: ActionState | undefined, form: FormData): Promise<ActionState> {
  if (!emailSignInAvailable()) return { ok: false, error: "Email sign-in is not set up on this Herald." };
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const taken = await takeAccountEmail(getDb(), parsed.data.email, clientIp({ headers: await headers() }));
  if (!taken.allowed) {
    return {
      ok: false,
      error: `Too many sign-in links asked for. Try again in ${waitInWords(taken.retryAfterSeconds)}, or use your password.`,
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
