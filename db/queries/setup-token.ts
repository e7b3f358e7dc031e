// The first-run setup token (lib/setup/token.ts): only its SHA-256, as an app secret row.
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { appSecrets } from "../schema";

const NAME = "setup-token";

// replace: a new token printed at this start supersedes the last one; otherwise the first writer wins.
export async function storeSetupTokenHash(db: Db, hash: string, { replace }: { replace: boolean }) {
  const insert = db.insert(appSecrets).values({ name: NAME, value: hash });
  const rows = replace
    ? await insert
        .onConflictDoUpdate({ target: appSecrets.name, set: { value: hash, createdAt: new Date() } })
        .returning()
    : await insert.onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function hasSetupToken(db: Db): Promise<boolean> {
  const [row] = await db.select({ name: appSecrets.name }).from(appSecrets).where(eq(appSecrets.name, NAME));
  return Boolean(row);
}

// Deleting the matching row is the claim: of two setups racing with the right token, one gets it.
export async function claimSetupToken(db: Db, hash: string): Promise<boolean> {
  const rows = await db
    .delete(appSecrets)
    .where(and(eq(appSecrets.name, NAME), eq(appSecrets.value, hash)))
    .returning({ name: appSecrets.name });
  return rows.length > 0;
}
