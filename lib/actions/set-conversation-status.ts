"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setConversationStatus as setStatus } from "@/lib/chat/agent-actions";
import { memberAction } from "./safe-action";

const schema = z.object({ conversationId: z.uuid(), status: z.enum(["open", "closed"]) });

// Close or reopen a conversation.
export const setConversationStatus = memberAction({ schema }, async (input, { member, db, after }) => {
  after({ publications: await setStatus(db, member, input.conversationId, input.status) });
  revalidatePath("/inbox", "layout");
});
