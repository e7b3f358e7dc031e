// "Why wasn't … notified?" about one conversation (X1): its events and every decision about it, two queries.
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { decisions, notificationEvents } from "../schema";

export async function listConversationEvents(db: Db, workspaceId: string, conversationId: string) {
  return db
    .select()
    .from(notificationEvents)
    .where(
      and(
        eq(notificationEvents.workspaceId, workspaceId),
        sql`${notificationEvents.payload}->>'conversationId' = ${conversationId}`,
      ),
    )
    .orderBy(asc(notificationEvents.occurredAt));
}

export async function listConversationDecisions(db: Db, workspaceId: string, conversationId: string) {
  return db
    .select()
    .from(decisions)
    .where(and(eq(decisions.workspaceId, workspaceId), eq(decisions.conversationId, conversationId)))
    .orderBy(asc(decisions.createdAt));
}
