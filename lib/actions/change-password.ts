"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { getDb } from "@/db/client";
import { signIn } from "@/lib/auth";
import { changePassword as change, changePasswordSchema } from "@/lib/auth/change-password";
import { currentMember } from "@/lib/auth/member";
import { clientIp } from "@/lib/http/client-ip";
import { invalidInput, refusal } from "./public-action-state";
import { type ActionState, formToObject } from "./safe-action";

// Every session ends with the old password; this browser signs in again with the new one, so only the
// others are signed out. Not a memberAction: it ends with a redirect, which that wrapper would swallow, and
// the redirect is needed — re-rendering this request would read the old session cookie from its headers.
export async function changePassword(_prev: ActionState | undefined, form: FormData): Promise<ActionState> {
  const member = await currentMember();
  if (!member) return { ok: false, error: "Your session has ended: sign in again." };
  const parsed = changePasswordSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalidInput(parsed.error);
  const ip = clientIp({ headers: await headers() });
  let email: string;
  try {
    ({ email } = await change(getDb(), member.userId, parsed.data, ip));
  } catch (error) {
    return refusal(error);
  }
  try {
    await signIn("credentials", {
      email,
      password: parsed.data.newPassword,
      redirectTo: "/settings/profile?notice=password-changed",
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the success redirect is thrown too
  }
  return { ok: true, message: "Password changed. Sign in again with the new one." };
}
