import { and, asc, desc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  conversationReads,
  conversations,
  messages,
  type NewConversation,
  type NewMessage,
  users,
  visitors,
} from "../schema";

export async function findConversation(db: Db, workspaceId: string, conversationId: string) {
  const [c] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, conversationId)));
  return c;
}

// The visitor's current conversation: the newest open one.
export async function findOpenConversationOfVisitor(db: Db, workspaceId: string, visitorId: string) {
  const [c] = await db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.workspaceId, workspaceId),
        eq(conversations.visitorId, visitorId),
        eq(conversations.status, "open"),
      ),
    )
    .orderBy(desc(conversations.createdAt))
    .limit(1);
  return c;
}

export async function insertConversation(db: Db, values: NewConversation) {
  const [c] = await db.insert(conversations).values(values).returning();
  return c;
}

export async function insertMessage(db: Db, values: NewMessage) {
  const [m] = await db.insert(messages).values(values).returning();
  if (!values.internal) {
    await db
      .update(conversations)
      .set({ lastMessageAt: m.createdAt })
      .where(
        and(eq(conversations.workspaceId, values.workspaceId), eq(conversations.id, values.conversationId)),
      );
  }
  return m;
}

export async function updateConversation(
  db: Db,
  workspaceId: string,
  conversationId: string,
  set: Partial<
    Pick<
      NewConversation,
      "assigneeId" | "groupId" | "status" | "closedAt" | "qualification" | "qualifiedAt" | "qualifiedById"
    >
  >,
) {
  const [c] = await db
    .update(conversations)
    .set(set)
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, conversationId)))
    .returning();
  return c;
}

// Messages with their author's name; the visitor's side never receives internal notes.
export async function listMessages(
  db: Db,
  workspaceId: string,
  conversationId: string,
  options: { includeInternal: boolean },
) {
  return db
    .select({ message: messages, authorName: users.name })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .where(
      and(
        eq(messages.workspaceId, workspaceId),
        eq(messages.conversationId, conversationId),
        options.includeInternal ? undefined : eq(messages.internal, false),
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id));
}

// A conversation with the names an inbox row or a realtime payload shows.
export async function findConversationSummary(db: Db, workspaceId: string, conversationId: string) {
  const [row] = await db
    .select({
      conversation: conversations,
      visitorName: visitors.name,
      visitorEmail: visitors.email,
      visitorUnverifiedName: visitors.unverifiedName,
      visitorUnverifiedEmail: visitors.unverifiedEmail,
      visitorUnverifiedPhone: visitors.unverifiedPhone,
      assigneeName: users.name,
      preview: sql<
        string | null
      >`(select body from ${messages} m where m.conversation_id = ${conversations.id}
        and m.internal = false order by m.created_at desc limit 1)`,
    })
    .from(conversations)
    .innerJoin(visitors, eq(visitors.id, conversations.visitorId))
    .leftJoin(users, eq(users.id, conversations.assigneeId))
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, conversationId)));
  return row;
}

// The visitor has read the agent messages sent up to `at`.
export async function markReadByVisitor(db: Db, workspaceId: string, conversationId: string, at: Date) {
  await db
    .update(messages)
    .set({ readByVisitorAt: at })
    .where(
      and(
        eq(messages.workspaceId, workspaceId),
        eq(messages.conversationId, conversationId),
        eq(messages.authorType, "agent"),
        isNull(messages.readByVisitorAt),
        lte(messages.createdAt, at),
      ),
    );
}

export async function markReadByAgent(
  db: Db,
  workspaceId: string,
  conversationId: string,
  userId: string,
  at: Date,
) {
  await db
    .insert(conversationReads)
    .values({ workspaceId, conversationId, userId, lastReadAt: at })
    .onConflictDoUpdate({
      target: [conversationReads.conversationId, conversationReads.userId],
      set: { lastReadAt: sql`greatest(${conversationReads.lastReadAt}, excluded.last_read_at)` },
    });
}

// Whether a teammate has replied to the visitor in this conversation: internal notes do not count, as the visitor
// never sees them (SLA clocks, and whether a chat request is still pending).
export async function hasAgentReply(db: Db, workspaceId: string, conversationId: string) {
  const [row] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        eq(messages.workspaceId, workspaceId),
        eq(messages.conversationId, conversationId),
        eq(messages.authorType, "agent"),
        eq(messages.internal, false),
      ),
    )
    .limit(1);
  return Boolean(row);
}

// SK8: whether the conversation has asked its visitor for contact details (the widget's form may answer it).
export async function hasContactRequest(db: Db, workspaceId: string, conversationId: string) {
  const [row] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        eq(messages.workspaceId, workspaceId),
        eq(messages.conversationId, conversationId),
        eq(messages.kind, "contact_request"),
      ),
    )
    .limit(1);
  return row !== undefined;
}
