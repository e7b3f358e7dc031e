"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteSlackIntegration } from "@/db/queries/slack";
import { forgetSlackDirectory } from "@/lib/integrations/slack/settings";
import { memberAction } from "./safe-action";

// Forgets the token, the signing secret and the user mappings; Slack rules plan nothing from then on.
export const disconnectSlack = memberAction(
  { schema: z.object({}), role: "admin" },
  async (_, { member, db }) => {
    await deleteSlackIntegration(db, member.workspaceId);
    forgetSlackDirectory(member.workspaceId);
    revalidatePath("/settings/integrations");
    return { ok: true as const, message: "Slack is disconnected." };
  },
);
