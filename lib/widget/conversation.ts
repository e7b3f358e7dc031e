// The visitor's side of chat: their conversation as the widget shows it, and sending a message.
import type { Db } from "@/db/client";
import {
  findConversationSummary,
  findOpenConversationOfVisitor,
  listMessages,
} from "@/db/queries/conversations";
import { findLatestConversationOfVisitor, findVisitor } from "@/db/queries/visitors";
import { toMessagePayload } from "@/lib/chat/payloads";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { AppError } from "@/lib/errors";
import { takeLimits } from "./rate-limit";
import type { VisitorRef } from "./visits";

export async function visitorConversation(db: Db, { workspaceId, visitorId }: VisitorRef) {
  const latest = await findLatestConversationOfVisitor(db, workspaceId, visitorId);
  if (!latest) return { conversation: null, messages: [] };
  const [summary, rows] = await Promise.all([
    findConversationSummary(db, workspaceId, latest.id),
    // Never internal notes: they are for the team only.
    listMessages(db, workspaceId, latest.id, { includeInternal: false }),
  ]);
  return {
    conversation: { id: latest.id, status: latest.status, assigneeName: summary?.assigneeName ?? null },
    messages: rows.map((row) => toMessagePayload(row.message, row.authorName)),
  };
}

export async function sendVisitorMessage(db: Db, visitor: VisitorRef, body: string) {
  if (!(await findVisitor(db, visitor.workspaceId, visitor.visitorId))) {
    throw new AppError("UNAUTHORIZED", "This visitor no longer exists");
  }
  // A first message opens a conversation that notifies a whole group: capped per workspace (429).
  if (!(await findOpenConversationOfVisitor(db, visitor.workspaceId, visitor.visitorId))) {
    takeLimits(["newConversationPerWorkspace"], visitor.workspaceId);
  }
  return postVisitorMessage(db, { ...visitor, body });
}
