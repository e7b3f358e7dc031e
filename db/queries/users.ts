import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { users } from "../schema";

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(db: Db, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return user;
}

export async function createUser(
  db: Db,
  params: { email: string; name: string; passwordHash: string | null; timeZone?: string },
) {
  const [user] = await db
    .insert(users)
    .values({ ...params, email: normalizeEmail(params.email), emailVerified: new Date() })
    .returning();
  return user;
}

// A user edits only their own profile: the id comes from the session, never from input.
export async function updateProfile(
  db: Db,
  userId: string,
  params: { name: string; timeZone: string; bookingUrl: string | null },
) {
  const [user] = await db.update(users).set(params).where(eq(users.id, userId)).returning();
  return user;
}

export async function findSessionVersion(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId));
  return row?.sessionVersion ?? 0;
}

// Ends every session of the user at its next request (lib/auth/member.ts compares versions).
export async function bumpSessionVersion(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion ?? 0;
}

export async function setPassword(db: Db, userId: string, passwordHash: string) {
  const [row] = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion ?? 0;
}

export async function findUserById(db: Db, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  return user;
}
