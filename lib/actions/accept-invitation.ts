"use server";

import { AuthError } from "next-auth";
import { getDb } from "@/db/client";
import { signIn } from "@/lib/auth";
import { fieldErrorsOf, toAppError } from "@/lib/errors";
import { acceptInvitation as accept } from "@/lib/team/accept-invitation";
import { acceptInvitationSchema } from "@/lib/team/schemas";
import type { ActionState } from "./safe-action";

// Public: the token is the permission. Accepts, then signs the new teammate in and lands them in the inbox.
export async function acceptInvitation(_prev: ActionState | undefined, form: FormData): Promise<ActionState> {
  const parsed = acceptInvitationSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    return {
      ok: false,
      error: "Please correct the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  const { token, ...acceptance } = parsed.data;
  let email: string;
  try {
    ({ email } = await accept(getDb(), token, acceptance));
  } catch (error) {
    const appError = toAppError(error);
    if (!appError) throw error;
    return { ok: false, error: appError.message, fieldErrors: appError.fieldErrors };
  }
  try {
    await signIn("credentials", { email, password: acceptance.password, redirectTo: "/inbox" });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the success redirect is thrown too
    return {
      ok: false,
      error: "You joined the workspace, but signing in failed: sign in with your password.",
    };
  }
}
