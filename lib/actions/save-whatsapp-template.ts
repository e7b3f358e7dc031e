"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveFollowUpSettings } from "@/db/queries/follow-ups";
import { memberAction } from "./safe-action";

// FU5: the approved WhatsApp template's Content SID (HX + 32 hex); empty: texts go by SMS only.
const schema = z.object({
  contentSid: z
    .string()
    .trim()
    .regex(/^(HX[0-9a-f]{32})?$/, "Must be a Content SID: HX followed by 32 hexadecimal characters"),
});

export const saveWhatsappTemplate = memberAction(
  { schema, role: "admin" },
  async ({ contentSid }, { member, db }) => {
    await saveFollowUpSettings(db, member.workspaceId, { whatsappContentSid: contentSid || null });
    revalidatePath("/settings/follow-ups");
    return {
      ok: true as const,
      message: contentSid
        ? "WhatsApp template saved: texts go by WhatsApp first."
        : "No template: texts go by SMS.",
    };
  },
);
