"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setGroupSlackChannel, setSlackGlobalChannel } from "@/db/queries/slack";
import { AppError } from "@/lib/errors";
import { memberAction } from "./safe-action";

const channelId = z
  .string()
  .trim()
  .regex(/^([CG][A-Z0-9]{2,})?$/, "A Slack channel id starts with C or G");
const schema = z.object({ groupId: z.uuid().optional(), channelId });

// SK1 (a routing group's channel) or SK5 (the global channel, without groupId); empty turns it off.
export const setSlackChannel = memberAction({ schema, role: "admin" }, async (input, { member, db }) => {
  const channel = input.channelId || null;
  if (input.groupId) {
    if (!(await setGroupSlackChannel(db, member.workspaceId, input.groupId, channel))) {
      throw new AppError("NOT_FOUND", "This group no longer exists.");
    }
  } else await setSlackGlobalChannel(db, member.workspaceId, channel);
  revalidatePath("/settings/integrations");
  revalidatePath("/settings/routing-groups");
  return { ok: true as const, message: channel ? "Slack channel saved." : "Slack channel turned off." };
});
