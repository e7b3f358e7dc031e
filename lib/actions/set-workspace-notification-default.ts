"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setWorkspacePreferenceDefault } from "@/db/queries/notification-settings";
import { preferenceKeys } from "@/lib/notifications/planner/preference-display";
import { memberAction } from "./safe-action";

const schema = z.object({
  key: z.enum(preferenceKeys, { message: "Choose a scope and a channel" }),
  value: z.enum(["on", "off"], { message: "Choose on or off" }),
});

// IC2: the workspace default for one scope × channel; members who chose for themselves keep their choice.
export const setWorkspaceNotificationDefault = memberAction(
  { schema, role: "admin" },
  async ({ key, value }, { member, db }) => {
    await setWorkspacePreferenceDefault(db, member.workspaceId, key, value === "on");
    revalidatePath("/settings/notifications");
    return { ok: true as const };
  },
);
