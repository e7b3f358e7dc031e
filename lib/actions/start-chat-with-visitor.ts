"use server";

import { z } from "zod";
import { startChatWithVisitor as startChat } from "@/lib/chat/agent-actions";
import { messageBody } from "@/lib/chat/schemas";
import { memberAction } from "./safe-action";

const schema = z.object({ visitorId: z.uuid(), body: messageBody });

// "Start chat" on Live Views: the visitor's widget opens with the message; the agent goes to the conversation.
export const startChatWithVisitor = memberAction(
  { schema },
  async ({ visitorId, body }, { member, db, after }) => {
    const started = await startChat(db, member, visitorId, body);
    after(started);
    return { conversationId: started.conversationId };
  },
);
