"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setGroupMembers } from "@/lib/routing/groups";
import { groupIdSchema } from "@/lib/routing/schemas";
import { memberAction } from "./safe-action";

// Checkboxes named "members[]": none checked sends no key at all, hence the default.
const schema = z.object({
  groupId: groupIdSchema,
  members: z.array(z.string().min(1).max(100)).max(1000).default([]),
});

export const setRoutingGroupMembers = memberAction(
  { schema, role: "admin" },
  async (input, { member, db }) => {
    await setGroupMembers(db, member.workspaceId, input.groupId, input.members);
    revalidatePath("/settings/routing-groups");
    return { ok: true, message: "Members saved." };
  },
);
