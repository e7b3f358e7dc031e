"use server";

import { z } from "zod";
import { addInternalNote as add } from "@/lib/chat/internal-notes";
import { messageBody } from "@/lib/chat/schemas";
import { memberAction } from "./safe-action";

const schema = z.object({
  conversationId: z.uuid(),
  body: messageBody,
  mentionedUserIds: z.array(z.string().min(1).max(64)).max(50).default([]),
});

// The note comes back so the composer shows it at once; teammates' views get it from the workspace channel,
// and the mentioned teammates their notifications once the write has committed (IC8).
export const addInternalNote = memberAction(
  { schema },
  async ({ conversationId, body, mentionedUserIds }, { member, db, after }) => {
    const { note, recorded, publications } = await add(db, member, conversationId, body, mentionedUserIds);
    after({ publications, notifications: recorded });
    return note;
  },
);
