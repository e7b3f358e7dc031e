import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { workspaces } from "../schema";

export async function countWorkspaces(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(workspaces);
  return row?.n ?? 0;
}

export async function createWorkspace(db: Db, name: string) {
  const [ws] = await db.insert(workspaces).values({ name }).returning();
  return ws;
}

export async function renameWorkspace(db: Db, workspaceId: string, name: string) {
  await db.update(workspaces).set({ name }).where(eq(workspaces.id, workspaceId));
}
