"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveFollowUpSettings } from "@/db/queries/follow-ups";
import { memberAction } from "./safe-action";

const schema = z.object({ on: z.boolean() });

// FU4: Settings → Follow-ups "Text": whether visitors who left with a reply unread get it by WhatsApp or SMS.
export const setFollowUpTexts = memberAction({ schema, role: "admin" }, async ({ on }, { member, db }) => {
  await saveFollowUpSettings(db, member.workspaceId, { sms: on });
  revalidatePath("/settings/follow-ups");
  return { ok: true as const, message: on ? "Text follow-ups are on." : "Text follow-ups are off." };
});
