"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setSlackUseChannelIds } from "@/db/queries/slack";
import { memberAction } from "./safe-action";

const schema = z.object({ on: z.boolean() });

// SK11: "Use channel IDs": channels are typed in by id instead of picked from Slack's list.
export const setSlackUseChannelIdsAction = memberAction(
  { schema, role: "admin" },
  async ({ on }, { member, db }) => {
    await setSlackUseChannelIds(db, member.workspaceId, on);
    revalidatePath("/settings/integrations");
    revalidatePath("/settings/routing-groups");
    return {
      ok: true as const,
      message: on ? "Channels are entered by ID." : "Channels are picked from Slack's list.",
    };
  },
);
