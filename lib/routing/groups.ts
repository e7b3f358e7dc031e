// Routing groups: unique names per workspace (case-insensitive) and always exactly one default group.
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import {
  createRoutingGroup,
  deleteRoutingGroup,
  findRoutingGroup,
  findRoutingGroupByName,
  listRoutingGroups,
  renameRoutingGroup,
  setDefaultRoutingGroup,
  setRoutingGroupMembers,
} from "@/db/queries/routing-groups";
import { AppError } from "@/lib/errors";

const nameTaken = (name: string) => {
  const message = `A group named “${name}” already exists.`;
  return new AppError("CONFLICT", message, { name: message });
};
const groupGone = () => new AppError("NOT_FOUND", "This group no longer exists.");

// The unique index is the final word (two admins creating "Sales" at once); the lookup gives the nicer
// error in the usual case.
async function uniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
}

export async function createGroup(db: Db, workspaceId: string, name: string) {
  return uniqueName(name, () =>
    db.transaction(async (tx) => {
      if (await findRoutingGroupByName(tx, workspaceId, name)) throw nameTaken(name);
      // A workspace's first group becomes its default: new conversations need somewhere to land.
      const isDefault = (await listRoutingGroups(tx, workspaceId)).length === 0;
      return createRoutingGroup(tx, workspaceId, { name, isDefault });
    }),
  );
}

export async function renameGroup(db: Db, workspaceId: string, groupId: string, name: string) {
  await uniqueName(name, () =>
    db.transaction(async (tx) => {
      const sameName = await findRoutingGroupByName(tx, workspaceId, name);
      if (sameName && sameName.id !== groupId) throw nameTaken(name);
      if (!(await renameRoutingGroup(tx, workspaceId, groupId, name))) throw groupGone();
    }),
  );
}

export const DEFAULT_GROUP_DELETE_MESSAGE =
  "The default group can’t be deleted: make another group the default first.";

export async function deleteGroup(db: Db, workspaceId: string, groupId: string) {
  await db.transaction(async (tx) => {
    const group = await findRoutingGroup(tx, workspaceId, groupId);
    if (!group) throw groupGone();
    if (group.isDefault) throw new AppError("CONFLICT", DEFAULT_GROUP_DELETE_MESSAGE);
    await deleteRoutingGroup(tx, workspaceId, groupId);
  });
}

// One transaction: the flag moves from the old default to the new one, never zero or two at any commit.
export async function makeDefaultGroup(db: Db, workspaceId: string, groupId: string) {
  await db.transaction(async (tx) => {
    if (!(await setDefaultRoutingGroup(tx, workspaceId, groupId))) throw groupGone();
  });
}

export async function setGroupMembers(db: Db, workspaceId: string, groupId: string, userIds: string[]) {
  await db.transaction(async (tx) => {
    if (!(await findRoutingGroup(tx, workspaceId, groupId))) throw groupGone();
    // The query refuses ids that are not members of this workspace (another workspace's users included).
    if (!(await setRoutingGroupMembers(tx, workspaceId, groupId, userIds))) {
      throw new AppError("BAD_REQUEST", "Only members of this workspace can be in its groups.", {
        members: "Only members of this workspace can be in its groups.",
      });
    }
  });
}
