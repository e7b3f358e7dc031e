import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, routingGroupMembers, routingGroups, users } from "../schema";

export async function listRoutingGroups(db: Db, workspaceId: string) {
  const groups = await db
    .select()
    .from(routingGroups)
    .where(eq(routingGroups.workspaceId, workspaceId))
    .orderBy(asc(routingGroups.name));
  const members = await db
    .select({
      groupId: routingGroupMembers.groupId,
      userId: users.id,
      name: sql<string>`coalesce(${users.name}, ${users.email})`,
      email: users.email,
    })
    .from(routingGroupMembers)
    .innerJoin(users, eq(users.id, routingGroupMembers.userId))
    .where(eq(routingGroupMembers.workspaceId, workspaceId))
    .orderBy(asc(users.email));
  return groups.map((g) => ({ ...g, members: members.filter((m) => m.groupId === g.id) }));
}

export async function findRoutingGroup(db: Db, workspaceId: string, groupId: string) {
  const [g] = await db
    .select()
    .from(routingGroups)
    .where(and(eq(routingGroups.workspaceId, workspaceId), eq(routingGroups.id, groupId)));
  return g;
}

export async function findRoutingGroupByName(db: Db, workspaceId: string, name: string) {
  const [g] = await db
    .select()
    .from(routingGroups)
    .where(
      and(eq(routingGroups.workspaceId, workspaceId), sql`lower(${routingGroups.name}) = lower(${name})`),
    );
  return g;
}

export async function createRoutingGroup(
  db: Db,
  workspaceId: string,
  params: { name: string; isDefault?: boolean },
) {
  const [g] = await db
    .insert(routingGroups)
    .values({ workspaceId, name: params.name.trim(), isDefault: params.isDefault ?? false })
    .returning();
  return g;
}

export async function renameRoutingGroup(db: Db, workspaceId: string, groupId: string, name: string) {
  const rows = await db
    .update(routingGroups)
    .set({ name: name.trim() })
    .where(and(eq(routingGroups.workspaceId, workspaceId), eq(routingGroups.id, groupId)))
    .returning({ id: routingGroups.id });
  return rows.length > 0;
}

export async function deleteRoutingGroup(db: Db, workspaceId: string, groupId: string) {
  const rows = await db
    .delete(routingGroups)
    .where(and(eq(routingGroups.workspaceId, workspaceId), eq(routingGroups.id, groupId)))
    .returning({ id: routingGroups.id });
  return rows.length > 0;
}

// Moves the default flag; callers run it in a transaction so the workspace is never without one.
// A group of another workspace is refused before anything is cleared.
export async function setDefaultRoutingGroup(db: Db, workspaceId: string, groupId: string) {
  if (!(await findRoutingGroup(db, workspaceId, groupId))) return false;
  await db
    .update(routingGroups)
    .set({ isDefault: false })
    .where(and(eq(routingGroups.workspaceId, workspaceId), ne(routingGroups.id, groupId)));
  const rows = await db
    .update(routingGroups)
    .set({ isDefault: true })
    .where(and(eq(routingGroups.workspaceId, workspaceId), eq(routingGroups.id, groupId)))
    .returning({ id: routingGroups.id });
  return rows.length > 0;
}

// Replaces a group's members; only users who are members of the same workspace are accepted.
export async function setRoutingGroupMembers(
  db: Db,
  workspaceId: string,
  groupId: string,
  userIds: string[],
) {
  if (!(await findRoutingGroup(db, workspaceId, groupId))) return false;
  const valid =
    userIds.length === 0
      ? []
      : await db
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, userIds)));
  if (valid.length !== new Set(userIds).size) return false;
  await db
    .delete(routingGroupMembers)
    .where(and(eq(routingGroupMembers.workspaceId, workspaceId), eq(routingGroupMembers.groupId, groupId)));
  if (valid.length > 0) {
    await db
      .insert(routingGroupMembers)
      .values(valid.map((v) => ({ workspaceId, groupId, userId: v.userId })));
  }
  return true;
}
