"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setWorkspaceSwitch as store, workspaceSwitches } from "@/db/queries/notification-settings";
import { memberAction } from "./safe-action";

const schema = z.object({
  name: z.enum(workspaceSwitches, { message: "Choose a workspace setting" }),
  enabled: z.boolean({ message: "Choose on or off" }),
});

// Admins' workspace switches: LV3 (off: nobody gets a Live View Notification, /live hides the LV4 toggle) and
// X5 (off: push, email, Slack and SMS carry no message text; in-app always does).
export const setWorkspaceSwitch = memberAction(
  { schema, role: "admin" },
  async ({ name, enabled }, { member, db }) => {
    await store(db, member.workspaceId, name, enabled);
    revalidatePath("/", "layout");
    return { ok: true as const };
  },
);
