import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { visitors } from "../schema";

export async function findVisitor(db: Db, workspaceId: string, visitorId: string) {
  const [v] = await db
    .select()
    .from(visitors)
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)));
  return v;
}
