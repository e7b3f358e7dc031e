// IC7: the visitor withdraws a chat request nobody has answered yet. The conversation closes, the group hears
// of it in-app (the outbox event, same transaction), and conversation.updated takes it out of their queue.
import type { Db } from "@/db/client";
import { closePendingRequest } from "@/db/queries/chat-requests";
import { findConversation, hasAgentReply } from "@/db/queries/conversations";
import { AppError } from "@/lib/errors";
import { chatRequestCancelled } from "@/lib/notifications/events/domain-events";
import { type RecordedEvent, recordEvent } from "@/lib/notifications/outbox/record";
import type { Publication } from "@/lib/realtime/publish";
import { trackConversationClosed } from "@/lib/sla/track";
import { conversationUpdated } from "./payloads";

export interface CancelledRequest {
  publications: Publication[];
  notifications: RecordedEvent; // an effect: its due deliveries go out once committed (lib/effects)
}

export async function cancelChatRequest(
  db: Db,
  ref: { workspaceId: string; visitorId: string; conversationId: string },
  now = new Date(),
): Promise<CancelledRequest> {
  const { workspaceId, conversationId } = ref;
  const notifications = await db.transaction(async (tx) => {
    if (!(await closePendingRequest(tx, ref, now))) throw await whyNotPending(tx, ref);
    const subject = { workspaceId, conversationId };
    await trackConversationClosed(tx, subject, now); // no SLA clock runs on a withdrawn request
    return recordEvent(tx, chatRequestCancelled(subject, now), now);
  });
  return { notifications, publications: await conversationUpdated(db, workspaceId, conversationId) };
}

async function whyNotPending(
  db: Db,
  ref: { workspaceId: string; visitorId: string; conversationId: string },
): Promise<AppError> {
  const c = await findConversation(db, ref.workspaceId, ref.conversationId);
  // Another visitor's conversation is "not found", not "forbidden": ids are not confirmed to strangers.
  if (!c || c.visitorId !== ref.visitorId)
    return new AppError("NOT_FOUND", "No such conversation for this visitor");
  if (c.status !== "open") return new AppError("CONFLICT", "This chat is already closed");
  if (c.initiator !== "visitor")
    return new AppError("CONFLICT", "An agent started this chat: there is no request to cancel");
  if (await hasAgentReply(db, ref.workspaceId, c.id)) {
    return new AppError("CONFLICT", "An agent has already replied: this chat is no longer a pending request");
  }
  return new AppError("CONFLICT", "This chat request can no longer be cancelled");
}
