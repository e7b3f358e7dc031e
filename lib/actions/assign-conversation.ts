"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { assignConversation as assign } from "@/lib/chat/agent-actions";
import { memberAction } from "./safe-action";

// A teammate (keeping the group), a routing group (unassigned in its queue), or nobody.
const schema = z.object({
  conversationId: z.uuid(),
  assigneeId: z.string().min(1).max(100).nullable(),
  groupId: z.uuid().nullable(),
});

export const assignConversation = memberAction({ schema }, async (input, { member, db, after }) => {
  after({ publications: await assign(db, member, input.conversationId, input) });
  revalidatePath("/inbox", "layout");
});
