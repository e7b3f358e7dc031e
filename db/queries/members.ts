import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  type AvailabilityStatus,
  memberships,
  type Role,
  routingGroupMembers,
  users,
  workspaces,
} from "../schema";

export interface Member {
  membershipId: string;
  workspaceId: string;
  workspaceName: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
  status: AvailabilityStatus;
  dndUntil: Date | null;
  timeZone: string;
  sessionVersion: number;
}

const memberColumns = {
  membershipId: memberships.id,
  workspaceId: memberships.workspaceId,
  workspaceName: workspaces.name,
  userId: users.id,
  email: users.email,
  name: sql<string>`coalesce(${users.name}, ${users.email})`,
  role: memberships.role,
  status: memberships.status,
  dndUntil: memberships.dndUntil,
  timeZone: users.timeZone,
  sessionVersion: users.sessionVersion,
};

// The workspace a signed-in user works in: their oldest membership.
export async function findMemberForUser(db: Db, userId: string): Promise<Member | undefined> {
  const [member] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return member;
}

export async function listMembers(db: Db, workspaceId: string): Promise<Member[]> {
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.email));
}

export async function addMember(db: Db, workspaceId: string, userId: string, role: Role) {
  const [m] = await db.insert(memberships).values({ workspaceId, userId, role }).returning();
  return m;
}

export async function findMember(db: Db, workspaceId: string, userId: string) {
  const [m] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return m;
}

export async function setMemberRole(db: Db, workspaceId: string, userId: string, role: Role) {
  const rows = await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .returning({ id: memberships.id });
  return rows.length > 0;
}

// Removing a member also takes them out of the workspace's routing groups.
export async function removeMember(db: Db, workspaceId: string, userId: string) {
  await db
    .delete(routingGroupMembers)
    .where(and(eq(routingGroupMembers.workspaceId, workspaceId), eq(routingGroupMembers.userId, userId)));
  const rows = await db
    .delete(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .returning({ id: memberships.id });
  return rows.length > 0;
}

export async function setAvailability(
  db: Db,
  workspaceId: string,
  userId: string,
  params: { status: AvailabilityStatus; dndUntil: Date | null },
) {
  await db
    .update(memberships)
    .set({ status: params.status, dndUntil: params.status === "dnd" ? params.dndUntil : null })
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
}

// The workspace's admins, row-locked until the transaction ends: two admins demoting each other at once
// cannot both pass the "another admin remains" check.
export async function lockAdmins(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "admin")))
    .for("update");
  return rows.map((r) => r.userId);
}
