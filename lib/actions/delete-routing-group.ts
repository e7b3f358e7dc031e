"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteGroup } from "@/lib/routing/groups";
import { groupIdSchema } from "@/lib/routing/schemas";
import { memberAction } from "./safe-action";

export const deleteRoutingGroup = memberAction(
  { schema: z.object({ groupId: groupIdSchema }), role: "admin" },
  async ({ groupId }, { member, db }) => {
    await deleteGroup(db, member.workspaceId, groupId);
    revalidatePath("/settings/routing-groups");
  },
);
