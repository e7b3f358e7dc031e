// Where a new visitor conversation goes: the workspace's default routing group, assigned round-robin to its
// next available member (not on Do Not Disturb, within their weekly schedule). When nobody is available it
// waits unassigned in the group's queue, where every member sees it (docs/decisions.md).
import type { Db } from "@/db/client";
import { listGroupMembersForRouting, lockDefaultGroup, setLastAssigned } from "@/db/queries/assignment";
import { availabilityOf, storedSchedule } from "@/lib/availability/schedule";
import { nextAssignee } from "@/lib/routing/round-robin";

export interface Assignment {
  groupId: string | null;
  assigneeId: string | null;
}

// Run inside the transaction that creates the conversation.
export async function routeNewConversation(tx: Db, workspaceId: string, now: Date): Promise<Assignment> {
  const group = await lockDefaultGroup(tx, workspaceId);
  if (!group) return { groupId: null, assigneeId: null };
  const members = await listGroupMembersForRouting(tx, workspaceId, group.id);
  const candidates = members.map((m) => ({
    userId: m.userId,
    available: availabilityOf(m, storedSchedule(m), now) === "available",
  }));
  const assigneeId = nextAssignee(candidates, group.lastAssignedUserId);
  if (assigneeId) await setLastAssigned(tx, workspaceId, group.id, assigneeId);
  return { groupId: group.id, assigneeId };
}
