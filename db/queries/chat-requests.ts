// A pending chat request (RULES.md IC7): an open conversation the visitor started that no agent has answered.
import { and, eq, exists, not } from "drizzle-orm";
import type { Db } from "../client";
import { conversations, messages } from "../schema";

const agentReplied = (db: Db) =>
  exists(
    db
      .select({ id: messages.id })
      .from(messages)
      .where(
        and(
          eq(messages.conversationId, conversations.id),
          eq(messages.authorType, "agent"),
          // An internal note is not an answer: the visitor never sees it.
          eq(messages.internal, false),
        ),
      ),
  );

// Closes the request only if it is still pending, in one statement: an agent's reply or close committed
// first makes this a no-op (undefined) rather than cancelling an answered conversation.
export async function closePendingRequest(
  db: Db,
  ref: { workspaceId: string; visitorId: string; conversationId: string },
  now: Date,
) {
  const [closed] = await db
    .update(conversations)
    .set({ status: "closed", closedAt: now })
    .where(
      and(
        eq(conversations.workspaceId, ref.workspaceId),
        eq(conversations.id, ref.conversationId),
        eq(conversations.visitorId, ref.visitorId),
        eq(conversations.status, "open"),
        eq(conversations.initiator, "visitor"),
        not(agentReplied(db)),
      ),
    )
    .returning();
  return closed;
}
