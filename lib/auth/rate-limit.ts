// Limits on the sign-in door, none of which lets a stranger lock the real user out:
// - per email and IP: after 5 failures each further try waits, 10 s doubling up to 5 min (one guesser);
// - per email from anywhere: after 20 failures a wait of 1 s doubling up to 1 min (guessers spread over IPs);
// - per IP: at most 30 failures in 15 min, whichever emails (one address trying many accounts).
// Emails that sign in or reset a password are limited per address (5 an hour) and per IP (10 a minute).
import type { Db } from "@/db/client";
import {
  clearSignInAttempts,
  type DecideAttempt,
  giveBackAttempt,
  takeAttempts,
} from "@/db/queries/sign-in-attempts";
import { normalizeEmail } from "@/db/queries/users";
import type { SignInAttempts } from "@/db/schema";

interface Rule {
  windowMs: number;
  limit?: number; // refused once this many are counted in the window
  delay?: { after: number; baseMs: number; maxMs: number }; // waits between tries past `after` failures
}

const minute = 60_000;
export const rules = {
  emailAndIp: { windowMs: 60 * minute, delay: { after: 5, baseMs: 10_000, maxMs: 5 * minute } },
  email: { windowMs: 60 * minute, delay: { after: 20, baseMs: 1_000, maxMs: minute } },
  ip: { windowMs: 15 * minute, limit: 30 },
  mailToAddress: { windowMs: 60 * minute, limit: 5 },
  mailFromIp: { windowMs: minute, limit: 10 },
} satisfies Record<string, Rule>;

type Keyed = { key: string; rule: Rule };

const passwordKeys = (email: string, ip: string | null): Keyed[] => {
  const e = normalizeEmail(email);
  return [
    { key: `email:${e}`, rule: rules.email },
    ...(ip
      ? [
          { key: `email-ip:${e}|${ip}`, rule: rules.emailAndIp },
          { key: `ip:${ip}`, rule: rules.ip },
        ]
      : []),
  ];
};

// Seconds to wait, or 0 when an attempt may be made now.
function waitSeconds(rule: Rule, row: SignInAttempts, now: Date): number {
  const windowEnds = row.windowStartedAt.getTime() + rule.windowMs;
  if (windowEnds <= now.getTime()) return 0;
  if (rule.limit !== undefined && row.failures >= rule.limit)
    return Math.ceil((windowEnds - now.getTime()) / 1000);
  const next = row.nextAttemptAt?.getTime() ?? 0;
  return next > now.getTime() ? Math.ceil((next - now.getTime()) / 1000) : 0;
}

function counted(rule: Rule, row: SignInAttempts, now: Date): Partial<SignInAttempts> {
  const fresh = row.windowStartedAt.getTime() + rule.windowMs <= now.getTime();
  const failures = fresh ? 1 : row.failures + 1;
  const d = rule.delay;
  const wait = d && failures >= d.after ? Math.min(d.baseMs * 2 ** (failures - d.after), d.maxMs) : 0;
  return {
    failures,
    windowStartedAt: fresh ? now : row.windowStartedAt,
    nextAttemptAt: wait ? new Date(now.getTime() + wait) : null,
  };
}

export type Take = { allowed: true } | { allowed: false; retryAfterSeconds: number };

async function take(db: Db, keyed: Keyed[], now: Date): Promise<Take> {
  const ruleOf = new Map(keyed.map((k) => [k.key, k.rule]));
  const decide: DecideAttempt = (row) => {
    const rule = ruleOf.get(row.key) as Rule;
    if (waitSeconds(rule, row, now) > 0) return { allowed: false, next: {} };
    return { allowed: true, next: counted(rule, row, now) };
  };
  const result = await takeAttempts(
    db,
    keyed.map((k) => k.key),
    decide,
    now,
  );
  if (result.allowed) return result;
  const rule = ruleOf.get(result.refusedBy.key) as Rule;
  return { allowed: false, retryAfterSeconds: Math.max(1, waitSeconds(rule, result.refusedBy, now)) };
}

export type PasswordCheck =
  | { ok: true }
  | { ok: false; wrong: true }
  | { ok: false; retryAfterSeconds: number };

// Counts the attempt as a failure before the password is checked (atomically, against the limits), and
// gives it back on success: parallel tries can never be judged against a count that is already stale.
export async function checkPasswordAttempt(
  db: Db,
  attempt: { email: string; ip: string | null },
  verify: () => Promise<boolean>,
  now = new Date(),
): Promise<PasswordCheck> {
  const keyed = passwordKeys(attempt.email, attempt.ip);
  const taken = await take(db, keyed, now);
  if (!taken.allowed) return { ok: false, retryAfterSeconds: taken.retryAfterSeconds };
  if (!(await verify())) return { ok: false, wrong: true };
  // The person knows the password: their email's counters start over; the IP keeps its other failures.
  await clearSignInAttempts(
    db,
    keyed.filter((k) => !k.key.startsWith("ip:")).map((k) => k.key),
  );
  if (attempt.ip) await giveBackAttempt(db, `ip:${attempt.ip}`);
  return { ok: true };
}

// A sign-in link or a password-reset email: counted per address whether or not it has an account, so the
// answer never tells which addresses do.
export function takeAccountEmail(db: Db, email: string, ip: string | null, now = new Date()) {
  return take(
    db,
    [
      { key: `mail:${normalizeEmail(email)}`, rule: rules.mailToAddress },
      ...(ip ? [{ key: `mail-ip:${ip}`, rule: rules.mailFromIp }] : []),
    ],
    now,
  );
}

export const waitInWords = (seconds: number) =>
  seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
