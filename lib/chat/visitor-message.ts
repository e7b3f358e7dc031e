// A visitor sends a message from the widget: into their open conversation, or a new one routed to the
// default group (lib/chat/route-conversation.ts).
import type { Db } from "@/db/client";
import { findOpenConversationOfVisitor, insertConversation, insertMessage } from "@/db/queries/conversations";
import type { MessagePayload } from "@/lib/realtime/events";
import type { Publication } from "@/lib/realtime/publish";
import { startSlaTimers, trackVisitorMessage } from "@/lib/sla/track";
import { conversationUpdated, messageCreated, toMessagePayload } from "./payloads";
import { routeNewConversation } from "./route-conversation";

export interface VisitorMessageResult {
  conversationId: string;
  created: boolean;
  message: MessagePayload;
  publications: Publication[];
}

export async function postVisitorMessage(
  db: Db,
  params: { workspaceId: string; visitorId: string; body: string },
  now = new Date(),
): Promise<VisitorMessageResult> {
  const { workspaceId, visitorId, body } = params;
  const { conversationId, created, message } = await db.transaction(async (tx) => {
    let conversation = await findOpenConversationOfVisitor(tx, workspaceId, visitorId);
    const created = !conversation;
    if (!conversation) {
      const assignment = await routeNewConversation(tx, workspaceId, now);
      conversation = await insertConversation(tx, {
        workspaceId,
        visitorId,
        initiator: "visitor",
        ...assignment,
      });
    }
    const message = await insertMessage(tx, {
      workspaceId,
      conversationId: conversation.id,
      authorType: "visitor",
      channel: "widget",
      body,
    });
    const ref = { workspaceId, conversationId: conversation.id };
    await (created ? startSlaTimers(tx, ref, now) : trackVisitorMessage(tx, ref, now));
    return { conversationId: conversation.id, created, message };
  });
  const payload = toMessagePayload(message, null);
  return {
    conversationId,
    created,
    message: payload,
    publications: [messageCreated(payload), ...(await conversationUpdated(db, workspaceId, conversationId))],
  };
}
