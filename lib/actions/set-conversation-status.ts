"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setConversationStatus as setStatus } from "@/lib/chat/agent-actions";
import { leadQualifications } from "@/lib/chat/lead-qualification";
import { memberAction } from "./safe-action";

const schema = z.object({
  conversationId: z.uuid(),
  status: z.enum(["open", "closed"]),
  // SK9: the closing dialog's answer; absent when the teammate skips it.
  qualification: z.enum(leadQualifications, { message: "Must be one of the lead qualifications" }).optional(),
});

// Close or reopen a conversation.
export const setConversationStatus = memberAction({ schema }, async (input, { member, db, after }) => {
  const { conversationId, status, qualification } = input;
  after({ publications: await setStatus(db, member, conversationId, status, new Date(), qualification) });
  revalidatePath("/inbox", "layout");
});
