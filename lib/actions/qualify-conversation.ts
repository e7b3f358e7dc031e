"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { qualifyConversation as qualify } from "@/lib/chat/agent-actions";
import { leadQualifications } from "@/lib/chat/lead-qualification";
import { memberAction } from "./safe-action";

const schema = z.object({
  conversationId: z.uuid({ message: "Must be a conversation id" }),
  // null clears it (not qualified)
  qualification: z.enum(leadQualifications, { message: "Must be one of the lead qualifications" }).nullable(),
});

// SK9: set or change a conversation's lead qualification, closed or not.
export const qualifyConversation = memberAction({ schema }, async (input, { member, db, after }) => {
  after({ publications: await qualify(db, member, input.conversationId, input.qualification) });
  revalidatePath("/inbox", "layout");
});
