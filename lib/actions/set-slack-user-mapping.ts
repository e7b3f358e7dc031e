"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { findMember } from "@/db/queries/members";
import { deleteSlackUserMapping, saveSlackUserMapping } from "@/db/queries/slack";
import { AppError } from "@/lib/errors";
import { memberAction } from "./safe-action";

const schema = z.object({
  userId: z.string().trim().min(1, "Choose a teammate"),
  slackUserId: z
    .string()
    .trim()
    .regex(/^([UW][A-Z0-9]{2,})?$/, "A Slack user id starts with U or W"),
});

// Settings → Integrations → Slack: an admin maps a member to a Slack user by hand (kept over the email match),
// or to nobody.
export const setSlackUserMapping = memberAction({ schema, role: "admin" }, async (input, { member, db }) => {
  const teammate = await findMember(db, member.workspaceId, input.userId);
  if (!teammate)
    throw new AppError("BAD_REQUEST", "Not a member", { userId: "Not a member of this workspace" });
  if (input.slackUserId) {
    await saveSlackUserMapping(db, member.workspaceId, input.userId, input.slackUserId, "manual");
  } else {
    await deleteSlackUserMapping(db, member.workspaceId, input.userId);
  }
  revalidatePath("/settings/integrations");
  return {
    ok: true as const,
    message: input.slackUserId ? `${teammate.name} is mapped.` : `${teammate.name} is not mapped.`,
  };
});
