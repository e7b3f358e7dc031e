// A workspace as visitor tokens are signed for (its id and widget secret), for tests that sign or check one.
import type { Db } from "@/db/client";
import { findWorkspace } from "@/db/queries/workspaces";

export async function tokenWorkspaceOf(db: Db, workspaceId: string) {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw new Error(`workspace ${workspaceId} missing`);
  return workspace;
}
