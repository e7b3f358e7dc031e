"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { renameGroup } from "@/lib/routing/groups";
import { groupIdSchema, groupNameSchema } from "@/lib/routing/schemas";
import { memberAction } from "./safe-action";

export const renameRoutingGroup = memberAction(
  { schema: z.object({ groupId: groupIdSchema, name: groupNameSchema }), role: "admin" },
  async ({ groupId, name }, { member, db }) => {
    await renameGroup(db, member.workspaceId, groupId, name);
    revalidatePath("/settings/routing-groups");
    return { ok: true, message: "Group renamed." };
  },
);
