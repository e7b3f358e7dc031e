// A visitor sends a message from the widget: into their open conversation, or a new one routed to the
// default group (lib/chat/route-conversation.ts).
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { findOpenConversationOfVisitor, insertConversation, insertMessage } from "@/db/queries/conversations";
import { conversationCreated, visitorMessageCreated } from "@/lib/notifications/events/domain-events";
import { type RecordedEvent, recordEvent } from "@/lib/notifications/outbox/record";
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
  notifications: RecordedEvent; // an effect: its due deliveries go out once committed (lib/effects)
}

export async function postVisitorMessage(
  db: Db,
  // `channel`: where the visitor wrote it; "email", "sms" or "whatsapp" for a reply to a follow-up (FU8). Default: the widget.
  params: {
    workspaceId: string;
    visitorId: string;
    body: string;
    channel?: "widget" | "email" | "sms" | "whatsapp";
  },
  now = new Date(),
): Promise<VisitorMessageResult> {
  const { workspaceId, visitorId, body } = params;
  // Two first messages at once (two tabs) both find no open conversation; the one-open-per-visitor index refuses
  // the second insert, and its retry finds the first one's conversation and joins it.
  const write = () =>
    db.transaction(async (tx) => {
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
        channel: params.channel ?? "widget",
        body,
      });
      // The opening message is told by conversation.created alone (lib/notifications/events/event.ts).
      const subject = { workspaceId, conversationId: conversation.id };
      const event = created
        ? conversationCreated({ ...subject, visitorId }, now)
        : visitorMessageCreated({ ...subject, messageId: message.id }, now);
      await (created ? startSlaTimers(tx, subject, now) : trackVisitorMessage(tx, subject, now));
      const notifications = await recordEvent(tx, event, now);
      return { conversationId: conversation.id, created, message, notifications };
    });
  const { conversationId, created, message, notifications } = await write().catch((error: unknown) => {
    if (isUniqueViolation(error)) return write();
    throw error;
  });
  const payload = toMessagePayload(message, null);
  return {
    conversationId,
    created,
    message: payload,
    notifications,
    publications: [messageCreated(payload), ...(await conversationUpdated(db, workspaceId, conversationId))],
  };
}
