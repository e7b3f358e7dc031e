"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markNotificationRead as markRead } from "@/db/queries/notification-center";
import { AppError } from "@/lib/errors";
import { memberAction } from "./safe-action";

// Clicking a notification marks it read; the client then opens its conversation.
export const markNotificationRead = memberAction(
  { schema: z.object({ notificationId: z.uuid() }) },
  async ({ notificationId }, { member, db }) => {
    const notification = await markRead(db, member.workspaceId, member.userId, notificationId);
    if (!notification) throw new AppError("NOT_FOUND", "This notification does not exist");
    revalidatePath("/", "layout");
    return { conversationId: notification.conversationId };
  },
);
