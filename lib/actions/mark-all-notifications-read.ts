"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markAllNotificationsRead as markAllRead } from "@/db/queries/notification-center";
import { memberAction } from "./safe-action";

export const markAllNotificationsRead = memberAction(
  { schema: z.object({}) },
  async (_input, { member, db }) => {
    const marked = await markAllRead(db, member.workspaceId, member.userId);
    // The unread count in the main navigation is in the layout.
    revalidatePath("/", "layout");
    return {
      ok: true,
      message: marked === 1 ? "1 notification marked read." : `${marked} notifications marked read.`,
    };
  },
);
