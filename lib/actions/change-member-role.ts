"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changeMemberRole as change } from "@/lib/team/members";
import { roleSchema } from "@/lib/team/schemas";
import { memberAction } from "./safe-action";

export const changeMemberRole = memberAction(
  { schema: z.object({ userId: z.string().min(1).max(100), role: roleSchema }), role: "admin" },
  async ({ userId, role }, { member, db }) => {
    await change(db, member.workspaceId, userId, role);
    revalidatePath("/settings/team");
  },
);
