"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveFollowUpSettings } from "@/db/queries/follow-ups";
import { memberAction } from "./safe-action";

const schema = z.object({ on: z.boolean() });

// FU4: Settings → Follow-ups "Email": whether visitors who left with a reply unread get it by email.
export const setFollowUpEmail = memberAction({ schema, role: "admin" }, async ({ on }, { member, db }) => {
  await saveFollowUpSettings(db, member.workspaceId, { email: on });
  revalidatePath("/settings/follow-ups");
  return { ok: true as const, message: on ? "Email follow-ups are on." : "Email follow-ups are off." };
});
