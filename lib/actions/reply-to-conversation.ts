"use server";

import { z } from "zod";
import { replyAsAgent } from "@/lib/chat/agent-actions";
import { messageBody } from "@/lib/chat/schemas";
import { memberAction } from "./safe-action";

const schema = z.object({ conversationId: z.uuid(), body: messageBody });

// The reply comes back so the composer shows it at once; the realtime echo is merged by id.
export const replyToConversation = memberAction(
  { schema },
  async ({ conversationId, body }, { member, db, after }) => {
    const reply = await replyAsAgent(db, member, conversationId, body);
    after(reply);
    return reply.message;
  },
);
