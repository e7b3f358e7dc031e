"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setUserNotificationFlag } from "@/db/queries/notification-settings";
import { memberAction } from "./safe-action";

const schema = z.object({
  setting: z.enum(["sound", "liveViewNotifications"], { message: "Choose a setting" }),
  enabled: z.boolean({ message: "Choose on or off" }),
});

// The member's own switches: sound (read by the presenter in the app layout) and LV4 (on /live).
export const setMyNotificationToggle = memberAction(
  { schema },
  async ({ setting, enabled }, { member, db }) => {
    await setUserNotificationFlag(db, member.workspaceId, member.userId, setting, enabled);
    revalidatePath("/", "layout");
    return { ok: true as const };
  },
);
