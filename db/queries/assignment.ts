// Queries for routing a new conversation: the default group, locked so concurrent conversations take turns.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { availabilitySchedules, memberships, routingGroupMembers, routingGroups, users } from "../schema";

// Call inside a transaction: the row lock on the group serialises round-robin turns.
export async function lockDefaultGroup(db: Db, workspaceId: string) {
  const [group] = await db
    .select()
    .from(routingGroups)
    .where(and(eq(routingGroups.workspaceId, workspaceId), eq(routingGroups.isDefault, true)))
    .for("update");
  return group;
}

// The group's members in the order they joined, with what decides whether they can take a chat now: Do Not
// Disturb, and the weekly schedule read in the member's time zone.
export async function listGroupMembersForRouting(db: Db, workspaceId: string, groupId: string) {
  return db
    .select({
      userId: routingGroupMembers.userId,
      status: memberships.status,
      dndUntil: memberships.dndUntil,
      timeZone: users.timeZone,
      scheduleEnabled: availabilitySchedules.enabled,
      scheduleIntervals: availabilitySchedules.intervals,
    })
    .from(routingGroupMembers)
    .innerJoin(
      memberships,
      and(eq(memberships.userId, routingGroupMembers.userId), eq(memberships.workspaceId, workspaceId)),
    )
    .innerJoin(users, eq(users.id, routingGroupMembers.userId))
    .leftJoin(
      availabilitySchedules,
      and(
        eq(availabilitySchedules.workspaceId, workspaceId),
        eq(availabilitySchedules.userId, routingGroupMembers.userId),
      ),
    )
    .where(and(eq(routingGroupMembers.workspaceId, workspaceId), eq(routingGroupMembers.groupId, groupId)))
    .orderBy(asc(routingGroupMembers.createdAt), asc(routingGroupMembers.userId));
}

export async function setLastAssigned(db: Db, workspaceId: string, groupId: string, userId: string) {
  await db
    .update(routingGroups)
    .set({ lastAssignedUserId: userId })
    .where(and(eq(routingGroups.workspaceId, workspaceId), eq(routingGroups.id, groupId)));
}
