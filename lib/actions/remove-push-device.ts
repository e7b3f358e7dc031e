"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { removePushDevice } from "@/db/queries/push-subscriptions";
import { memberAction } from "./safe-action";

const schema = z.object({ id: z.uuid({ message: "Must be a device id" }) });

// IC2: Settings → Notifications → Your devices → Remove: that browser or phone gets no more push from Herald.
export const removeMyPushDevice = memberAction({ schema }, async ({ id }, { member, db }) => {
  const removed = await removePushDevice(db, { workspaceId: member.workspaceId, userId: member.userId }, id);
  revalidatePath("/settings/notifications");
  return removed
    ? { ok: true as const, message: "Device removed." }
    : { ok: false as const, error: "That device is not yours, or was already removed." };
});
