"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setUserPreference } from "@/db/queries/notification-settings";
import { preferenceKeys } from "@/lib/notifications/planner/preference-display";
import { memberAction } from "./safe-action";

const schema = z.object({
  key: z.enum(preferenceKeys, { message: "Choose a scope and a channel" }),
  // "default" removes the member's own choice: the workspace default applies again.
  value: z.enum(["on", "off", "default"], { message: "Choose on, off or the workspace default" }),
});

// IC2: a member's own choice for one scope × channel, in their workspace.
export const setNotificationPreference = memberAction({ schema }, async ({ key, value }, { member, db }) => {
  const choice = value === "default" ? null : value === "on";
  await setUserPreference(db, member.workspaceId, member.userId, key, choice);
  revalidatePath("/settings/notifications");
  return { ok: true as const };
});
