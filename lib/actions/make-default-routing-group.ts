"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { makeDefaultGroup } from "@/lib/routing/groups";
import { groupIdSchema } from "@/lib/routing/schemas";
import { memberAction } from "./safe-action";

export const makeDefaultRoutingGroup = memberAction(
  { schema: z.object({ groupId: groupIdSchema }), role: "admin" },
  async ({ groupId }, { member, db }) => {
    await makeDefaultGroup(db, member.workspaceId, groupId);
    revalidatePath("/settings/routing-groups");
  },
);
