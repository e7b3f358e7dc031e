"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createGroup } from "@/lib/routing/groups";
import { groupNameSchema } from "@/lib/routing/schemas";
import { memberAction } from "./safe-action";

export const createRoutingGroup = memberAction(
  { schema: z.object({ name: groupNameSchema }), role: "admin" },
  async ({ name }, { member, db }) => {
    const group = await createGroup(db, member.workspaceId, name);
    revalidatePath("/settings/routing-groups");
    return { ok: true, message: `Group “${group.name}” created.` };
  },
);
