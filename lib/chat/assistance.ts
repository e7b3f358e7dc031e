// "Need assistance" (RULES.md AS1/AS2): an agent raises the flag on a conversation; the agent, or a
// supervisor from the dashboard, clears it. Who is told is the notification pipeline's job: these functions
// hand it the domain event through `recordEvent`, inside the same transaction as the write.
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import {
  clearAssistanceRequest,
  findOpenAssistanceRequest,
  insertAssistanceRequest,
  setNeedsAssistance,
} from "@/db/queries/assistance";
import { findConversation } from "@/db/queries/conversations";
import type { Member } from "@/db/queries/members";
import { hasRole } from "@/lib/auth/roles";
import { conversationUpdated } from "@/lib/chat/payloads";
import { AppError } from "@/lib/errors";
import type { EventOf } from "@/lib/notifications/events/event";
import type { Publication } from "@/lib/realtime/publish";

export type AssistanceEvent = EventOf<"assistance.requested"> | EventOf<"assistance.cleared">;

// Where the pipeline records assistance.requested / assistance.cleared (its outbox), in the caller's
// transaction so an event exists exactly when the change was committed.
export type RecordAssistanceEvent = (tx: Db, event: AssistanceEvent) => Promise<void>;

// Until the pipeline's outbox is wired in (lib/actions/*-assistance.ts pass it), the event is dropped.
export const recordNoAssistanceEvent: RecordAssistanceEvent = async () => {};

export interface AssistanceOptions {
  recordEvent?: RecordAssistanceEvent;
  now?: Date;
}

async function requireConversation(db: Db, member: Member, conversationId: string) {
  const conversation = await findConversation(db, member.workspaceId, conversationId);
  if (!conversation) throw new AppError("NOT_FOUND", "This conversation does not exist in your workspace");
  return conversation;
}

// Raising it again while a request is open changes nothing and records no second event.
export async function requestAssistance(
  db: Db,
  member: Member,
  conversationId: string,
  { recordEvent = recordNoAssistanceEvent, now = new Date() }: AssistanceOptions = {},
): Promise<Publication[]> {
  await requireConversation(db, member, conversationId);
  const { workspaceId, userId } = member;
  await db.transaction(async (tx) => {
    if (await findOpenAssistanceRequest(tx, workspaceId, conversationId)) return;
    await insertAssistanceRequest(tx, { workspaceId, conversationId, requestedBy: userId, requestedAt: now });
    await setNeedsAssistance(tx, workspaceId, conversationId, true);
    await recordEvent(tx, {
      type: "assistance.requested",
      id: randomUUID(),
      workspaceId,
      conversationId,
      requestedBy: userId,
      occurredAt: now,
    });
  });
  return conversationUpdated(db, workspaceId, conversationId);
}

// AS2: the agent who asked clearing the flag, or a supervisor (or an admin) turning the request off; notifies
// nobody. Another agent may not clear a colleague's request.
export async function clearAssistance(
  db: Db,
  member: Member,
  conversationId: string,
  { recordEvent = recordNoAssistanceEvent, now = new Date() }: AssistanceOptions = {},
): Promise<Publication[]> {
  await requireConversation(db, member, conversationId);
  const { workspaceId, userId } = member;
  await db.transaction(async (tx) => {
    const open = await findOpenAssistanceRequest(tx, workspaceId, conversationId);
    if (open && open.requestedBy !== userId && !hasRole(member.role, "supervisor")) {
      throw new AppError(
        "FORBIDDEN",
        "Only the agent who asked, a supervisor or an admin can clear this request",
      );
    }
    const cleared = await clearAssistanceRequest(tx, workspaceId, conversationId, userId, now);
    await setNeedsAssistance(tx, workspaceId, conversationId, false);
    if (!cleared) return;
    await recordEvent(tx, {
      type: "assistance.cleared",
      id: randomUUID(),
      workspaceId,
      conversationId,
      clearedBy: userId,
      occurredAt: now,
    });
  });
  return conversationUpdated(db, workspaceId, conversationId);
}
