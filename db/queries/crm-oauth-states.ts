// OAuth sign-ins in progress (db/schema/crm.ts crmOAuthStates): saved when an admin starts one, taken (deleted)
// by the callback, so each state works once, for that admin, until it expires.
import { and, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../client";
import { type CrmProvider, crmOAuthStates } from "../schema";

export async function saveCrmOAuthState(
  db: Db,
  row: {
    state: string;
    workspaceId: string;
    userId: string;
    provider: CrmProvider;
    verifier: string | null;
    expiresAt: Date;
  },
) {
  // Abandoned sign-ins are swept here rather than by a job: one small delete per sign-in started.
  await db.delete(crmOAuthStates).where(lt(crmOAuthStates.expiresAt, new Date()));
  await db.insert(crmOAuthStates).values(row);
}

// The state row if it belongs to this admin, workspace and provider and has not expired; deleted either way
// when it matched, so a second callback with the same state finds nothing.
export async function takeCrmOAuthState(
  db: Db,
  p: { state: string; workspaceId: string; userId: string; provider: CrmProvider },
) {
  const [row] = await db
    .delete(crmOAuthStates)
    .where(
      and(
        eq(crmOAuthStates.state, p.state),
        eq(crmOAuthStates.workspaceId, p.workspaceId),
        eq(crmOAuthStates.userId, p.userId),
        eq(crmOAuthStates.provider, p.provider),
        gt(crmOAuthStates.expiresAt, new Date()),
      ),
    )
    .returning();
  return row;
}
