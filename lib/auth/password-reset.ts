// "Forgot password?": a single-use link valid 30 minutes, sent only to an existing account, with the same
// answer either way; a new password ends every session (the session version moves on).
import type { Db } from "@/db/client";
import {
  createPasswordResetToken,
  deletePasswordResetTokens,
  findUsablePasswordResetToken,
  usePasswordResetToken,
} from "@/db/queries/password-reset-tokens";
import { findUserByEmail, setPassword } from "@/db/queries/users";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { hashOneTimeToken, newOneTimeToken } from "./one-time-token";
import { hashPassword } from "./password";
import { sendPasswordResetLink } from "./password-reset-email";
import { type Take, takeAccountEmail } from "./rate-limit";

export const PASSWORD_RESET_TTL_MS = 30 * 60_000;
export const RESET_LINK_GONE = "This reset link has expired or was already used. Ask for a new one.";

export const passwordResetUrl = (token: string, appUrl = env().APP_URL) =>
  new URL(`/reset-password/${encodeURIComponent(token)}`, appUrl).toString();

// Throttled per address and per IP before anything else, so a refusal says nothing about the account.
export async function requestPasswordReset(
  db: Db,
  email: string,
  ip: string | null,
  now = new Date(),
): Promise<Take> {
  const taken = await takeAccountEmail(db, email, ip, now);
  if (!taken.allowed) return taken;
  const user = await findUserByEmail(db, email);
  if (!user) return taken;
  const { token, hash } = newOneTimeToken();
  await createPasswordResetToken(db, {
    tokenHash: hash,
    userId: user.id,
    expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
  });
  try {
    await sendPasswordResetLink(user.email, passwordResetUrl(token));
  } catch (error) {
    // The answer stays the same as for an unknown address; the operator sees why in the log.
    console.error(error);
  }
  return taken;
}

export async function isPasswordResetUsable(db: Db, token: string, now = new Date()) {
  return Boolean(await findUsablePasswordResetToken(db, hashOneTimeToken(token), now));
}

export async function resetPassword(db: Db, token: string, password: string, now = new Date()) {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const userId = await usePasswordResetToken(tx, hashOneTimeToken(token), now);
    if (!userId) throw new AppError("GONE", RESET_LINK_GONE);
    await setPassword(tx, userId, passwordHash);
    await deletePasswordResetTokens(tx, userId);
  });
}
