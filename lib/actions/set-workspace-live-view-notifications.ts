"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setWorkspaceLiveViewNotifications as store } from "@/db/queries/notification-settings";
import { memberAction } from "./safe-action";

const schema = z.object({ enabled: z.boolean({ message: "Choose on or off" }) });

// LV3: the workspace toggle; off means nobody gets a Live View Notification, and /live hides the LV4 toggle.
export const setWorkspaceLiveViewNotifications = memberAction(
  { schema, role: "admin" },
  async ({ enabled }, { member, db }) => {
    await store(db, member.workspaceId, enabled);
    revalidatePath("/", "layout");
    return { ok: true as const };
  },
);
