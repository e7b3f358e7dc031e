// What a delayed delivery re-checks when it comes due (IC6, FU3): has the recipient read the conversation, is a
// newer step for the same recipient and channel still waiting.
import { and, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  conversationReads,
  type DecisionRow,
  decisions,
  deliveries,
  messages,
  notificationEvents,
} from "../schema";

export async function lastReadOf(db: Db, decision: DecisionRow): Promise<Date | null> {
  const { workspaceId, conversationId, recipientUserId, recipientVisitorId } = decision;
  if (!conversationId) return null;
  if (recipientUserId) {
    const [row] = await db
      .select({ at: conversationReads.lastReadAt })
      .from(conversationReads)
      .where(
        and(
          eq(conversationReads.workspaceId, workspaceId),
          eq(conversationReads.conversationId, conversationId),
          eq(conversationReads.userId, recipientUserId),
        ),
      );
    return row?.at ?? null;
  }
  if (!recipientVisitorId) return null;
  // The visitor has read up to their newest read agent message, unless an older one is still unread.
  const [row] = await db
    .select({
      read: sql<string | null>`max(${messages.readByVisitorAt})`,
      unread: sql<number>`count(*) filter (where ${messages.readByVisitorAt} is null)`,
    })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.authorType, "agent")));
  return row?.read && Number(row.unread) === 0 ? new Date(row.read) : null;
}

// The newest event, later than this one, whose delivery to the same recipient on the same channel still waits or
// already went out. `sending` counts: rows claimed in the same batch are `sending` before any is sent, and
// without them every message of a backlog would send (IC6). Sent ones count: they already told the recipient.
export async function newerPendingAt(db: Db, decision: DecisionRow): Promise<Date | null> {
  if (!decision.conversationId) return null;
  // A member's newer step may still sit in a group row (compacted, not yet expanded): it counts too.
  const recipient = decision.recipientUserId
    ? or(
        eq(decisions.recipientUserId, decision.recipientUserId),
        sql`${decision.recipientUserId} = any(${decisions.recipientUserIds})`,
      )
    : decision.recipientVisitorId
      ? eq(decisions.recipientVisitorId, decision.recipientVisitorId)
      : isNull(decisions.id);
  const [row] = await db
    .select({ at: sql<string | null>`max(${notificationEvents.occurredAt})` })
    .from(decisions)
    .innerJoin(deliveries, eq(deliveries.decisionId, decisions.id))
    .innerJoin(notificationEvents, eq(notificationEvents.id, decisions.eventId))
    .where(
      and(
        eq(decisions.workspaceId, decision.workspaceId),
        eq(decisions.conversationId, decision.conversationId),
        eq(decisions.channel, decision.channel),
        recipient,
        ne(decisions.id, decision.id),
        inArray(deliveries.status, ["pending", "sending", "delivered", "captured"]),
      ),
    );
  return row?.at ? new Date(row.at) : null;
}
