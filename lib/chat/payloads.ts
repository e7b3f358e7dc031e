// Stored rows → the payloads realtime subscribers and the widget API receive (lib/realtime/events.ts).
import type { Db } from "@/db/client";
import { findConversationSummary } from "@/db/queries/conversations";
import type { Message } from "@/db/schema";
import { channels } from "@/lib/realtime/channels";
import type { ConversationPayload, MessagePayload } from "@/lib/realtime/events";
import { type Publication, publication } from "@/lib/realtime/publish";

export function toMessagePayload(message: Message, authorName: string | null): MessagePayload {
  return {
    id: message.id,
    conversationId: message.conversationId,
    authorType: message.authorType,
    authorName: message.authorType === "agent" ? authorName : null,
    body: message.body,
    kind: message.kind,
    createdAt: message.createdAt.toISOString(),
  };
}

export async function conversationPayload(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<ConversationPayload | null> {
  const row = await findConversationSummary(db, workspaceId, conversationId);
  if (!row) return null;
  const c = row.conversation;
  return {
    id: c.id,
    visitorId: c.visitorId,
    visitorName: row.visitorName,
    visitorEmail: row.visitorEmail,
    status: c.status,
    initiator: c.initiator,
    assigneeId: c.assigneeId,
    assigneeName: row.assigneeName,
    groupId: c.groupId,
    lastMessageAt: c.lastMessageAt.toISOString(),
    preview: row.preview,
  };
}

// The agent app's inbox row changed: tell the workspace's agents.
export async function conversationUpdated(db: Db, workspaceId: string, conversationId: string) {
  const payload = await conversationPayload(db, workspaceId, conversationId);
  return payload ? [publication(channels.workspace(workspaceId), "conversation.updated", payload)] : [];
}

export const messageCreated = (payload: MessagePayload): Publication =>
  publication(channels.conversation(payload.conversationId), "message.created", payload);
