// Settings of the built-in account source; absent row = defaults (Account-Based Routing off).
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { accountSourceSettings, crmConnections } from "../schema";

// The built-in source's own toggle (Settings → Accounts).
export async function isBuiltInAccountBasedRoutingOn(db: Db, workspaceId: string): Promise<boolean> {
  const [row] = await db
    .select({ on: accountSourceSettings.accountBasedRouting })
    .from(accountSourceSettings)
    .where(eq(accountSourceSettings.workspaceId, workspaceId));
  return row?.on ?? false;
}

// LV2 for the planner: on when any source (built-in or a CRM connection) routes by account; which owners count
// is decided per source by accountOfVisitor (lib/accounts/match.ts).
export async function isAccountBasedRoutingOn(db: Db, workspaceId: string): Promise<boolean> {
  const [row] = await db
    .select({
      on: sql<boolean>`exists (select 1 from ${accountSourceSettings} s
          where s.workspace_id = ${workspaceId}::uuid and s.account_based_routing)
        or exists (select 1 from ${crmConnections} c where c.workspace_id = ${workspaceId}::uuid and c.account_based_routing)`,
    })
    .from(sql`(select 1) as one`);
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
