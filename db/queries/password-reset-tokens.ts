import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { passwordResetTokens } from "../schema";

export async function createPasswordResetToken(
  db: Db,
  params: { tokenHash: string; userId: string; expiresAt: Date },
) {
  await db.insert(passwordResetTokens).values(params);
}

const usable = (tokenHash: string, now: Date) =>
  and(
    eq(passwordResetTokens.tokenHash, tokenHash),
    isNull(passwordResetTokens.usedAt),
    gt(passwordResetTokens.expiresAt, now),
  );

// Marking it used is the claim: of two resets racing with one link, only one gets the user id back.
export async function usePasswordResetToken(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(usable(tokenHash, now))
    .returning({ userId: passwordResetTokens.userId });
  return row?.userId;
}

export async function findUsablePasswordResetToken(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(usable(tokenHash, now));
  return row;
}

// A new password makes every other link sent before it useless.
export async function deletePasswordResetTokens(db: Db, userId: string) {
  await db.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
}
