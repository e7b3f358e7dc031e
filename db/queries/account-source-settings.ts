// Settings of the built-in account source; absent row = defaults (Account-Based Routing off).
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { accountSourceSettings } from "../schema";

export async function isAccountBasedRoutingOn(db: Db, workspaceId: string): Promise<boolean> {
  const [row] = await db
    .select({ on: accountSourceSettings.accountBasedRouting })
    .from(accountSourceSettings)
    .where(eq(accountSourceSettings.workspaceId, workspaceId));
  return row?.on ?? false;
}

export async function setAccountBasedRouting(db: Db, workspaceId: string, on: boolean) {
  await db
    .insert(accountSourceSettings)
    .values({ workspaceId, accountBasedRouting: on })
    .onConflictDoUpdate({
      target: accountSourceSettings.workspaceId,
      set: { accountBasedRouting: on, updatedAt: sql`now()` },
    });
}
