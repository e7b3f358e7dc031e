import { inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type SignInAttempts, signInAttempts } from "../schema";

// Counters for sign-in failures and account emails, keyed by email or IP (lib/auth/rate-limit.ts decides).
// Taking an attempt is read-decide-write on locked rows inside one transaction, so parallel attempts queue on
// the row locks: twenty at once are counted as twenty, and none is judged against a stale count.

// Whether an attempt may be made against this row, and the row's values once it is counted.
export type DecideAttempt = (row: SignInAttempts) => { allowed: boolean; next: Partial<SignInAttempts> };

export async function takeAttempts(
  db: Db,
  keys: string[],
  decide: DecideAttempt,
  now = new Date(),
): Promise<{ allowed: true } | { allowed: false; refusedBy: SignInAttempts }> {
  // Sorted, so two attempts creating the same counters never wait on each other crosswise.
  const sorted = [...keys].sort();
  return db.transaction(async (tx) => {
    await tx
      .insert(signInAttempts)
      .values(sorted.map((key) => ({ key, failures: 0, windowStartedAt: now })))
      .onConflictDoNothing();
    const rows = await tx
      .select()
      .from(signInAttempts)
      .where(inArray(signInAttempts.key, sorted))
      .orderBy(signInAttempts.key)
      .for("update");
    const decisions = rows.map((row) => ({ row, ...decide(row) }));
    const refused = decisions.find((d) => !d.allowed);
    if (refused) return { allowed: false as const, refusedBy: refused.row };
    for (const { row, next } of decisions) {
      await tx.update(signInAttempts).set(next).where(sql`${signInAttempts.key} = ${row.key}`);
    }
    return { allowed: true as const };
  });
}

export async function findSignInAttempts(db: Db, key: string) {
  const [row] = await db.select().from(signInAttempts).where(sql`${signInAttempts.key} = ${key}`);
  return row;
}

export async function clearSignInAttempts(db: Db, keys: string[]) {
  if (keys.length > 0) await db.delete(signInAttempts).where(inArray(signInAttempts.key, keys));
}

// A successful sign-in gives back what its attempt took: only failures count against an IP.
export async function giveBackAttempt(db: Db, key: string) {
  await db
    .update(signInAttempts)
    .set({ failures: sql`greatest(${signInAttempts.failures} - 1, 0)` })
    .where(sql`${signInAttempts.key} = ${key}`);
}
