// The queries behind the notification Snapshot (lib/notifications/planner/load-snapshot.ts). Each returns every row it
// needs at once, so a workspace of 1,000 members costs the same number of queries as one of 10.
import { and, eq, isNotNull, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  availabilitySchedules,
  conversations,
  decisions,
  memberships,
  type SlaTimer,
  slackIntegrations,
  slackUserMappings,
  slaTimers,
  userNotificationSettings,
  users,
  visitorEmailStatus,
  visitors,
  workspaceNotificationSettings,
} from "../schema";

export async function findWorkspaceNotificationSettings(db: Db, workspaceId: string) {
  const [row] = await db
    .select()
    .from(workspaceNotificationSettings)
    .where(eq(workspaceNotificationSettings.workspaceId, workspaceId));
  return row;
}

// SK1–SK5: the connected Slack integration's routing facts (a disconnected one routes nothing).
export async function findSlackRoutingFacts(db: Db, workspaceId: string) {
  const [row] = await db
    .select({ globalChannelId: slackIntegrations.globalChannelId })
    .from(slackIntegrations)
    .where(and(eq(slackIntegrations.workspaceId, workspaceId), eq(slackIntegrations.status, "connected")));
  return row;
}

// Members with their role, DND, time zone and weekly schedule (LV5 off_schedule) and own notification
// settings: one query.
export async function listMembersForNotifications(db: Db, workspaceId: string) {
  return db
    .select({
      userId: memberships.userId,
      name: sql<string>`coalesce(${users.name}, ${users.email})`, // X5: how notifications name a teammate
      role: memberships.role,
      status: memberships.status,
      dndUntil: memberships.dndUntil,
      timeZone: users.timeZone,
      scheduleEnabled: availabilitySchedules.enabled,
      scheduleIntervals: availabilitySchedules.intervals,
      preferences: userNotificationSettings.preferences,
      liveViewNotifications: userNotificationSettings.liveViewNotifications,
      slackUserId: slackUserMappings.slackUserId, // SK1–SK4: null when unmapped
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      availabilitySchedules,
      and(
        eq(availabilitySchedules.workspaceId, memberships.workspaceId),
        eq(availabilitySchedules.userId, memberships.userId),
      ),
    )
    .leftJoin(
      userNotificationSettings,
      and(
        eq(userNotificationSettings.workspaceId, memberships.workspaceId),
        eq(userNotificationSettings.userId, memberships.userId),
      ),
    )
    .leftJoin(
      slackUserMappings,
      and(
        eq(slackUserMappings.workspaceId, memberships.workspaceId),
        eq(slackUserMappings.userId, memberships.userId),
      ),
    )
    .where(eq(memberships.workspaceId, workspaceId));
}

// The conversation with its group's members, whether the visitor ever wrote, and the agent messages the
// visitor has not read (oldest first): one query.
export async function findConversationForNotifications(db: Db, workspaceId: string, conversationId: string) {
  const [row] = await db
    .select({
      id: conversations.id,
      visitorId: conversations.visitorId,
      status: conversations.status,
      initiator: conversations.initiator,
      assigneeId: conversations.assigneeId,
      groupId: conversations.groupId,
      groupSlackChannelId: sql<string | null>`(select rg.slack_channel_id from routing_groups rg
        where rg.id = "conversations"."group_id")`, // SK1
      // Written out with table names: drizzle leaves columns unqualified inside a select's sql, which a
      // correlated subquery would resolve against its own table.
      groupMemberIds: sql<string[]>`coalesce((select json_agg(gm.user_id order by gm.created_at)
        from routing_group_members gm where gm.group_id = "conversations"."group_id"), '[]'::json)`,
      visitorEverReplied: sql<boolean>`exists (select 1 from messages m
        where m.conversation_id = "conversations"."id" and m.author_type = 'visitor')`,
      unreadByVisitor: sql<string[]>`coalesce((select json_agg(m.id order by m.created_at) from messages m
        where m.conversation_id = "conversations"."id" and m.author_type = 'agent' and not m.internal
        and m.read_by_visitor_at is null), '[]'::json)`,
    })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, conversationId)));
  return row;
}

export async function findVisitorForNotifications(db: Db, workspaceId: string, visitorId: string) {
  const [row] = await db
    .select({
      id: visitors.id,
      name: visitors.name,
      email: visitors.email,
      phone: visitors.phone,
      unverifiedEmail: visitors.unverifiedEmail,
      unverifiedPhone: visitors.unverifiedPhone,
      emailStatus: visitorEmailStatus.status, // FU9
      textOptedOut: sql<boolean>`exists (select 1 from text_opt_outs o where o.workspace_id = ${visitors.workspaceId}
        and o.phone = coalesce(${visitors.phone}, ${visitors.unverifiedPhone}))`, // FU9
    })
    .from(visitors)
    .leftJoin(visitorEmailStatus, eq(visitorEmailStatus.visitorId, visitors.id))
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)));
  return row;
}

// Once keys of decisions already *sent* about this conversation or visit (LV7, SL3, follow-ups).
export async function listSentOnceKeys(
  db: Db,
  workspaceId: string,
  about: { conversationId: string | null; visitId: string | null },
): Promise<string[]> {
  const scope = [
    about.conversationId ? eq(decisions.conversationId, about.conversationId) : undefined,
    about.visitId ? eq(decisions.visitId, about.visitId) : undefined,
  ].filter((c) => c !== undefined);
  if (scope.length === 0) return [];
  const rows = await db
    .selectDistinct({ onceKey: decisions.onceKey })
    .from(decisions)
    .where(
      and(
        eq(decisions.workspaceId, workspaceId),
        eq(decisions.outcome, "send"),
        isNotNull(decisions.onceKey),
        or(...scope),
      ),
    );
  return rows.flatMap((r) => (r.onceKey ? [r.onceKey] : []));
}

// SL3: the clock an sla.* event was fired for (conversation, target and its deadline), to see it still runs.
export async function findSlaTimerForEvent(
  db: Db,
  workspaceId: string,
  about: { conversationId: string; target: SlaTimer["target"]; dueAt: Date },
) {
  const [row] = await db
    .select({ state: slaTimers.state })
    .from(slaTimers)
    .where(
      and(
        eq(slaTimers.workspaceId, workspaceId),
        eq(slaTimers.conversationId, about.conversationId),
        eq(slaTimers.target, about.target),
      ),
    )
    .orderBy(sql`abs(extract(epoch from ${slaTimers.dueAt} - ${about.dueAt.toISOString()}::timestamptz))`)
    .limit(1);
  return row;
}
