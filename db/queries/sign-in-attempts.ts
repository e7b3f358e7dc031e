import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { signInAttempts } from "../schema";

// Adds one failure to the key's window (a fresh window once the old one is over) and returns the count.
export async function recordSignInFailure(db: Db, key: string, windowMs: number, now = new Date()) {
  // Dates inside sql`` are passed as ISO text with a cast: postgres.js cannot serialise a raw Date there
  // (PGlite can, which hid the bug from the PGlite test run).
  const windowStart = sql`${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`;
  const startedNow = sql`${now.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(signInAttempts)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: signInAttempts.key,
      set: {
        failures: sql`case when ${signInAttempts.windowStartedAt} < ${windowStart} then 1 else ${signInAttempts.failures} + 1 end`,
        windowStartedAt: sql`case when ${signInAttempts.windowStartedAt} < ${windowStart} then ${startedNow} else ${signInAttempts.windowStartedAt} end`,
      },
    })
    .returning();
  return row;
}

export async function findSignInAttempts(db: Db, key: string) {
  const [row] = await db.select().from(signInAttempts).where(eq(signInAttempts.key, key));
  return row;
}

export async function clearSignInFailures(db: Db, key: string) {
  await db.delete(signInAttempts).where(eq(signInAttempts.key, key));
}
