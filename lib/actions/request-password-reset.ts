"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requestPasswordReset as request } from "@/lib/auth/password-reset";
import { waitInWords } from "@/lib/auth/rate-limit";
import { emailSignInAvailable } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { invalidInput } from "./public-action-state";
import type { ActionState } from "./safe-action";

const schema = z.object({ email: z.email("Enter a valid email address").max(254) });

// Public. The same answer whether or not the address has an account.
export async function requestPasswordReset(
  _prev: ActionState | undefined,
  form: FormData,
): Promise<ActionState> {
  if (!emailSignInAvailable()) return { ok: false, error: "Email is not set up on this Herald." };
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const ip = clientIp({ headers: await headers() });
  const taken = await request(getDb(), parsed.data.email, ip);
  if (!taken.allowed) {
    return {
      ok: false,
      error: `Too many emails asked for. Try again in ${waitInWords(taken.retryAfterSeconds)}.`,
    };
  }
  return {
    ok: true,
    message:
      "If an account exists for that address, a link to choose a new password is on its way. It works once, within 30 minutes.",
  };
}
