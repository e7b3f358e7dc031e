// Internal notes (IC8): written by a teammate on a conversation, seen by teammates only. An @mention notifies the
// mentioned teammate at once, whoever owns the conversation.
import type { Db } from "@/db/client";
import { findConversation, insertMessage } from "@/db/queries/conversations";
import { listMembers, type Member } from "@/db/queries/members";
import { AppError } from "@/lib/errors";
import { internalNoteCreated } from "@/lib/notifications/events/domain-events";
import { recordEvent } from "@/lib/notifications/outbox/record";
import { channels } from "@/lib/realtime/channels";
import type { NotePayload } from "@/lib/realtime/events";
import { publication } from "@/lib/realtime/publish";
import { toMessagePayload } from "./payloads";

// Ids come from the browser: anyone not in this workspace is refused rather than silently dropped, so a
// stale mention list (a teammate removed meanwhile) is visible to the author.
async function workspaceMembersAmong(db: Db, workspaceId: string, userIds: string[]) {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return [];
  const members = new Set((await listMembers(db, workspaceId)).map((m) => m.userId));
  if (wanted.some((id) => !members.has(id))) {
    throw new AppError("BAD_REQUEST", "Only teammates of this workspace can be mentioned", {
      mentionedUserIds: "Unknown teammate",
    });
  }
  return wanted;
}

export async function addInternalNote(
  db: Db,
  member: Member,
  conversationId: string,
  body: string,
  mentionedUserIds: string[],
  origin: "web" | "slack" = "web", // SK7: a "note:" reply in the Slack thread
) {
  const { workspaceId } = member;
  const conversation = await findConversation(db, workspaceId, conversationId);
  if (!conversation) throw new AppError("NOT_FOUND", "This conversation does not exist in your workspace");
  const mentioned = await workspaceMembersAmong(db, workspaceId, mentionedUserIds);
  // The note and its notifications commit together (the outbox): no note without its IC8 decisions.
  const { message, recorded } = await db.transaction(async (tx) => {
    const m = await insertMessage(tx, {
      workspaceId,
      conversationId,
      authorType: "agent",
      authorUserId: member.userId,
      channel: origin,
      internal: true,
      body,
    });
    const event = internalNoteCreated(
      { workspaceId, conversationId, messageId: m.id, userId: member.userId, mentionedUserIds: mentioned },
      m.createdAt,
    );
    return { message: m, recorded: await recordEvent(tx, event, m.createdAt) };
  });
  const note: NotePayload = {
    ...toMessagePayload(message, member.name),
    internal: true,
    mentionedUserIds: mentioned,
  };
  return {
    note,
    recorded, // an effect: its due deliveries go out once committed (lib/effects)
    publications: [publication(channels.workspace(workspaceId), "note.created", note)],
  };
}
