// What a notification says about its event beyond the snapshot (X5): the page of a visit, the words of a
// message. One query per event, whatever the workspace's size; every query scoped to the workspace.
import { and, asc, desc, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../client";
import { messages, visits } from "../schema";

// The page the visitor is on now (the visit's latest page view), for a Live View Notification.
export async function findVisitPage(db: Db, workspaceId: string, visitId: string) {
  const [row] = await db
    .select({ url: visits.currentUrl, title: visits.currentTitle })
    .from(visits)
    .where(and(eq(visits.workspaceId, workspaceId), eq(visits.id, visitId)));
  return row?.url ? { url: row.url, title: row.title } : null;
}

export async function findMessageBody(db: Db, workspaceId: string, messageId: string) {
  const [row] = await db
    .select({ body: messages.body })
    .from(messages)
    .where(and(eq(messages.workspaceId, workspaceId), eq(messages.id, messageId)));
  return row?.body ?? null;
}

// The visitor's opening message: conversation.created stands for it (no message.created of its own).
export async function findOpeningVisitorMessage(db: Db, workspaceId: string, conversationId: string) {
  const [row] = await db
    .select({ body: messages.body })
    .from(messages)
    .where(
      and(
        eq(messages.workspaceId, workspaceId),
        eq(messages.conversationId, conversationId),
        eq(messages.authorType, "visitor"),
      ),
    )
    .orderBy(asc(messages.createdAt))
    .limit(1);
  return row?.body ?? null;
}

const DIGEST_LIMIT = 10;

// IC6: the visitor's messages since the team last answered, up to `upTo`: the unread run a delayed email
// digests, read when it is sent so it holds every message that arrived while it waited. Oldest first.
export async function listUnreadVisitorMessages(
  db: Db,
  workspaceId: string,
  conversationId: string,
  upTo: Date,
): Promise<{ body: string; sentAt: Date }[]> {
  const inConversation = and(
    eq(messages.workspaceId, workspaceId),
    eq(messages.conversationId, conversationId),
  );
  const [lastReply] = await db
    .select({ at: messages.createdAt })
    .from(messages)
    .where(
      and(
        inConversation,
        eq(messages.authorType, "agent"),
        eq(messages.internal, false),
        lte(messages.createdAt, upTo),
      ),
    )
    .orderBy(desc(messages.createdAt))
    .limit(1);
  const rows = await db
    .select({ body: messages.body, sentAt: messages.createdAt })
    .from(messages)
    .where(
      and(
        inConversation,
        eq(messages.authorType, "visitor"),
        lte(messages.createdAt, upTo),
        lastReply ? gt(messages.createdAt, lastReply.at) : undefined,
      ),
    )
    .orderBy(desc(messages.createdAt))
    .limit(DIGEST_LIMIT);
  return rows.reverse();
}
