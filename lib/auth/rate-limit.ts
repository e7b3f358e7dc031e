// Failed sign-ins are limited per email and per IP: 5 per email, 20 per IP, in a 15-minute window.
import type { Db } from "@/db/client";
import { clearSignInFailures, findSignInAttempts, recordSignInFailure } from "@/db/queries/sign-in-attempts";

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
const limits = { email: 5, ip: 20 } as const;

const keysOf = (email: string, ip: string | null) => [
  { key: `email:${email.trim().toLowerCase()}`, limit: limits.email },
  ...(ip ? [{ key: `ip:${ip}`, limit: limits.ip }] : []),
];

// Minutes until the caller may try again, or 0 when not limited.
export async function signInLockedFor(db: Db, email: string, ip: string | null, now = new Date()) {
  let wait = 0;
  for (const { key, limit } of keysOf(email, ip)) {
    const row = await findSignInAttempts(db, key);
    if (!row || row.failures < limit) continue;
    const endsAt = row.windowStartedAt.getTime() + SIGN_IN_WINDOW_MS;
    if (endsAt > now.getTime()) wait = Math.max(wait, Math.ceil((endsAt - now.getTime()) / 60_000));
  }
  return wait;
}

export async function noteSignInFailure(db: Db, email: string, ip: string | null, now = new Date()) {
  for (const { key } of keysOf(email, ip)) await recordSignInFailure(db, key, SIGN_IN_WINDOW_MS, now);
}

// A success clears the email's count, not the IP's: one good password must not unlock guessing others.
export async function noteSignInSuccess(db: Db, email: string) {
  await clearSignInFailures(db, `email:${email.trim().toLowerCase()}`);
}
