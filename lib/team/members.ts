// Changing a teammate's role and removing a teammate, guarding the rule that a workspace keeps an admin.
import type { Db } from "@/db/client";
import { findMember, lockAdmins, removeMember, setMemberRole } from "@/db/queries/members";
import { bumpSessionVersion } from "@/db/queries/users";
import type { Role } from "@/db/schema";
import { AppError } from "@/lib/errors";

export const LAST_ADMIN_MESSAGE = "A workspace needs at least one admin: make someone else an admin first.";

// True when taking `userId` out of the admins would leave the workspace with none.
// Called inside the transaction, after lockAdmins, so the answer holds until commit.
async function isLastAdmin(db: Db, workspaceId: string, userId: string) {
  const admins = await lockAdmins(db, workspaceId);
  return admins.length === 1 && admins[0] === userId;
}

export async function changeMemberRole(db: Db, workspaceId: string, userId: string, role: Role) {
  await db.transaction(async (tx) => {
    const member = await findMember(tx, workspaceId, userId);
    if (!member) throw new AppError("NOT_FOUND", "This person is no longer a member of the workspace.");
    if (member.role === role) return;
    if (member.role === "admin" && (await isLastAdmin(tx, workspaceId, userId))) {
      throw new AppError("CONFLICT", LAST_ADMIN_MESSAGE, { role: LAST_ADMIN_MESSAGE });
    }
    await setMemberRole(tx, workspaceId, userId, role);
  });
}

// `actorUserId` is the admin doing it: removing yourself from the team page would lock you out mid-click.
export async function removeTeammate(db: Db, workspaceId: string, actorUserId: string, userId: string) {
  if (userId === actorUserId) {
    throw new AppError("FORBIDDEN", "You can’t remove yourself. Ask another admin to do it.");
  }
  await db.transaction(async (tx) => {
    const member = await findMember(tx, workspaceId, userId);
    if (!member) throw new AppError("NOT_FOUND", "This person is no longer a member of the workspace.");
    if (member.role === "admin" && (await isLastAdmin(tx, workspaceId, userId))) {
      throw new AppError("CONFLICT", LAST_ADMIN_MESSAGE);
    }
    await removeMember(tx, workspaceId, userId);
    // Their open sessions end at their next request, even in another workspace they belong to.
    await bumpSessionVersion(tx, userId);
  });
}
