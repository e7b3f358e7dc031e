// "Need assistance" requests (RULES.md AS1/AS2), scoped by workspace.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { assistanceRequests, conversations, users, visitors } from "../schema";

export async function findOpenAssistanceRequest(db: Db, workspaceId: string, conversationId: string) {
  const [row] = await db
    .select()
    .from(assistanceRequests)
    .where(
      and(
        eq(assistanceRequests.workspaceId, workspaceId),
        eq(assistanceRequests.conversationId, conversationId),
        isNull(assistanceRequests.clearedAt),
      ),
    );
  return row;
}

export async function insertAssistanceRequest(
  db: Db,
  values: { workspaceId: string; conversationId: string; requestedBy: string; requestedAt: Date },
) {
  const [row] = await db.insert(assistanceRequests).values(values).returning();
  return row;
}

// Closes the open request, if any; returns it.
export async function clearAssistanceRequest(
  db: Db,
  workspaceId: string,
  conversationId: string,
  clearedBy: string,
  clearedAt: Date,
) {
  const [row] = await db
    .update(assistanceRequests)
    .set({ clearedBy, clearedAt })
    .where(
      and(
        eq(assistanceRequests.workspaceId, workspaceId),
        eq(assistanceRequests.conversationId, conversationId),
        isNull(assistanceRequests.clearedAt),
      ),
    )
    .returning();
  return row;
}

export async function setNeedsAssistance(
  db: Db,
  workspaceId: string,
  conversationId: string,
  value: boolean,
) {
  await db
    .update(conversations)
    .set({ needsAssistance: value })
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, conversationId)));
}

// The supervisor dashboard's list: open requests, oldest first (waiting longest on top).
export async function listOpenAssistanceRequests(db: Db, workspaceId: string) {
  return db
    .select({
      id: assistanceRequests.id,
      conversationId: assistanceRequests.conversationId,
      requestedAt: assistanceRequests.requestedAt,
      requestedByName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      visitorName: visitors.name,
      visitorEmail: visitors.email,
      visitorId: visitors.id,
    })
    .from(assistanceRequests)
    .innerJoin(conversations, eq(conversations.id, assistanceRequests.conversationId))
    .innerJoin(visitors, eq(visitors.id, conversations.visitorId))
    .leftJoin(users, eq(users.id, assistanceRequests.requestedBy))
    .where(and(eq(assistanceRequests.workspaceId, workspaceId), isNull(assistanceRequests.clearedAt)))
    .orderBy(asc(assistanceRequests.requestedAt));
}
