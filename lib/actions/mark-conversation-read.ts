"use server";

import { z } from "zod";
import { readAsAgent } from "@/lib/chat/agent-actions";
import { memberAction } from "./safe-action";

const schema = z.object({ conversationId: z.uuid() });

// The agent has seen the conversation up to now (unread dots; "read meanwhile" for notifications).
export const markConversationRead = memberAction(
  { schema },
  async ({ conversationId }, { member, db, after }) => {
    after({ publications: await readAsAgent(db, member, conversationId) });
  },
);
