// The visitor has seen the agent messages up to now (their read state is stored, RULES.md FU1 needs it).
import type { Db } from "@/db/client";
import { findConversation, markReadByVisitor } from "@/db/queries/conversations";
import { AppError } from "@/lib/errors";
import { channels } from "@/lib/realtime/channels";
import { publication } from "@/lib/realtime/publish";

export async function readAsVisitor(
  db: Db,
  params: { workspaceId: string; visitorId: string; conversationId: string },
  now = new Date(),
) {
  const conversation = await findConversation(db, params.workspaceId, params.conversationId);
  // Another visitor's conversation is "not found", not "forbidden": ids are not confirmed to strangers.
  if (!conversation || conversation.visitorId !== params.visitorId) {
    throw new AppError("NOT_FOUND", "No such conversation for this visitor");
  }
  await markReadByVisitor(db, params.workspaceId, conversation.id, now);
  return [
    publication(channels.conversation(conversation.id), "conversation.read", {
      conversationId: conversation.id,
      by: "visitor",
      at: now.toISOString(),
    }),
  ];
}
