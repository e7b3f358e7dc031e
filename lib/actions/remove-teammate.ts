"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { removeTeammate as remove } from "@/lib/team/members";
import { memberAction } from "./safe-action";

export const removeTeammate = memberAction(
  { schema: z.object({ userId: z.string().min(1).max(100) }), role: "admin" },
  async ({ userId }, { member, db }) => {
    await remove(db, member.workspaceId, member.userId, userId);
    revalidatePath("/settings/team");
  },
);
