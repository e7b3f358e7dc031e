// The inbox list: a workspace's conversations by view (mine, my routing groups, unassigned, all) and status,
// newest activity first, with what a row shows and whether the member has read the latest message.
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { LeadQualification } from "@/lib/chat/lead-qualification";
import type { Db } from "../client";
import {
  conversationReads,
  conversations,
  messages,
  routingGroupMembers,
  routingGroups,
  users,
  visitors,
} from "../schema";

export const inboxViews = ["mine", "groups", "unassigned", "all"] as const;
export type InboxView = (typeof inboxViews)[number];
export const inboxStatuses = ["open", "closed"] as const;
export type InboxStatus = (typeof inboxStatuses)[number];

// SK9: a lead qualification, or "unqualified" (none given yet); absent = any.
export type QualificationFilter = LeadQualification | "unqualified";

export interface InboxQuery {
  workspaceId: string;
  userId: string;
  view: InboxView;
  status: InboxStatus;
  qualification?: QualificationFilter;
  limit?: number;
}

function qualificationFilter(q: InboxQuery) {
  if (!q.qualification) return undefined;
  return q.qualification === "unqualified"
    ? isNull(conversations.qualification)
    : eq(conversations.qualification, q.qualification);
}

function viewFilter(q: InboxQuery) {
  switch (q.view) {
    case "mine":
      return eq(conversations.assigneeId, q.userId);
    case "groups":
      return sql`exists (select 1 from ${routingGroupMembers} where ${routingGroupMembers.workspaceId} = ${q.workspaceId}
        and ${routingGroupMembers.userId} = ${q.userId} and ${routingGroupMembers.groupId} = ${conversations.groupId})`;
    case "unassigned":
      return isNull(conversations.assigneeId);
    case "all":
      return undefined;
  }
}

export async function listInbox(db: Db, q: InboxQuery) {
  return db
    .select({
      id: conversations.id,
      status: conversations.status,
      qualification: conversations.qualification,
      visitorId: conversations.visitorId,
      visitorName: visitors.name,
      visitorEmail: visitors.email,
      visitorUnverifiedName: visitors.unverifiedName,
      visitorUnverifiedEmail: visitors.unverifiedEmail,
      assigneeId: conversations.assigneeId,
      assigneeName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      groupId: conversations.groupId,
      groupName: routingGroups.name,
      lastMessageAt: conversations.lastMessageAt,
      // Internal notes never show as the preview: it is what the visitor and the agent said.
      preview: sql<string | null>`(select left(m.body, 200) from ${messages} m
        where m.conversation_id = ${conversations.id} and m.internal = false
        order by m.created_at desc, m.id desc limit 1)`,
      unread: sql<boolean>`(${conversationReads.lastReadAt} is null
        or ${conversationReads.lastReadAt} < ${conversations.lastMessageAt})`,
    })
    .from(conversations)
    .innerJoin(visitors, eq(visitors.id, conversations.visitorId))
    .leftJoin(users, eq(users.id, conversations.assigneeId))
    .leftJoin(
      routingGroups,
      and(eq(routingGroups.id, conversations.groupId), eq(routingGroups.workspaceId, q.workspaceId)),
    )
    .leftJoin(
      conversationReads,
      and(eq(conversationReads.conversationId, conversations.id), eq(conversationReads.userId, q.userId)),
    )
    .where(
      and(
        eq(conversations.workspaceId, q.workspaceId),
        eq(conversations.status, q.status),
        viewFilter(q),
        qualificationFilter(q),
      ),
    )
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(q.limit ?? 100);
}

export type InboxRow = Awaited<ReturnType<typeof listInbox>>[number];
