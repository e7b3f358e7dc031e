// SLA policies (RULES.md SL1), one per routing group, scoped by workspace.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { routingGroups, slaPolicies } from "../schema";

export interface SlaPolicyInput {
  groupId: string;
  firstResponseMinutes: number;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  warningPercent: number;
}

export async function listSlaPolicies(db: Db, workspaceId: string) {
  return db
    .select({ policy: slaPolicies, groupName: routingGroups.name })
    .from(slaPolicies)
    .innerJoin(routingGroups, eq(routingGroups.id, slaPolicies.groupId))
    .where(eq(slaPolicies.workspaceId, workspaceId))
    .orderBy(asc(routingGroups.name));
}

export async function findSlaPolicyForGroup(db: Db, workspaceId: string, groupId: string) {
  const [row] = await db
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.workspaceId, workspaceId), eq(slaPolicies.groupId, groupId)));
  return row;
}

// Saving a group's policy again replaces it; running timers keep the deadlines they started with.
export async function upsertSlaPolicy(db: Db, workspaceId: string, input: SlaPolicyInput, now = new Date()) {
  const { groupId, ...targets } = input;
  const [row] = await db
    .insert(slaPolicies)
    .values({ workspaceId, groupId, ...targets, updatedAt: now })
    .onConflictDoUpdate({
      target: [slaPolicies.workspaceId, slaPolicies.groupId],
      set: { ...targets, updatedAt: now },
    })
    .returning();
  return row;
}

export async function deleteSlaPolicy(db: Db, workspaceId: string, policyId: string) {
  const rows = await db
    .delete(slaPolicies)
    .where(and(eq(slaPolicies.workspaceId, workspaceId), eq(slaPolicies.id, policyId)))
    .returning({ id: slaPolicies.id });
  return rows.length > 0;
}
