// Instance-wide secrets (not a workspace's: the VAPID key pair every browser subscription is bound to), stored
// encrypted by the caller.
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { appSecrets } from "../schema";

export async function findAppSecret(db: Db, name: string): Promise<string | undefined> {
  const [row] = await db
    .select({ value: appSecrets.value })
    .from(appSecrets)
    .where(eq(appSecrets.name, name));
  return row?.value;
}

// The first writer wins: two instances starting together both read back the same value.
export async function insertAppSecretOnce(db: Db, name: string, value: string) {
  await db.insert(appSecrets).values({ name, value }).onConflictDoNothing();
}
