// The Slack integration, its user mappings, conversation threads (SK6) and event receipts (SK7): all SQL about Slack.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  conversations,
  messages,
  notificationEvents,
  routingGroups,
  slackEventReceipts,
  slackIntegrations,
  slackOAuthStates,
  slackUserMappings,
  users,
  visitors,
} from "../schema";

export async function findSlackIntegration(db: Db, workspaceId: string) {
  const [row] = await db
    .select()
    .from(slackIntegrations)
    .where(eq(slackIntegrations.workspaceId, workspaceId));
  return row;
}

// The integration a team's Events come for (SK7).
export async function findSlackIntegrationByTeam(db: Db, teamId: string) {
  const [row] = await db
    .select()
    .from(slackIntegrations)
    .where(and(eq(slackIntegrations.teamId, teamId), eq(slackIntegrations.status, "connected")));
  return row;
}

export async function saveSlackIntegration(
  db: Db,
  row: Pick<
    typeof slackIntegrations.$inferInsert,
    "workspaceId" | "teamId" | "teamName" | "botUserId" | "botToken" | "signingSecret"
  >,
) {
  const fresh = { ...row, status: "connected" as const, statusReason: null, connectedAt: new Date() };
  await db
    .insert(slackIntegrations)
    .values(fresh)
    .onConflictDoUpdate({ target: slackIntegrations.workspaceId, set: fresh });
}

export async function deleteSlackIntegration(db: Db, workspaceId: string) {
  await db.delete(slackIntegrations).where(eq(slackIntegrations.workspaceId, workspaceId));
  await db.delete(slackUserMappings).where(eq(slackUserMappings.workspaceId, workspaceId));
}

// SK10: a dead token (invalid_auth, token_revoked) → Disconnected, with Slack's reason. True only for the call
// that moved it from connected, so what follows (telling the admins) happens once, however many sends fail.
export async function markSlackDisconnected(db: Db, workspaceId: string, reason: string): Promise<boolean> {
  const moved = await db
    .update(slackIntegrations)
    .set({ status: "disconnected", statusReason: reason })
    .where(and(eq(slackIntegrations.workspaceId, workspaceId), eq(slackIntegrations.status, "connected")))
    .returning({ workspaceId: slackIntegrations.workspaceId });
  return moved.length > 0;
}

// SK10: "<channel id>: <error>", once per channel, shown to admins until the channel is set again.
export async function flagSlackChannel(db: Db, workspaceId: string, channelId: string, error: string) {
  await db
    .update(slackIntegrations)
    .set({
      flaggedChannels: sql`array_append(array(select f from unnest(${slackIntegrations.flaggedChannels}) f
        where f not like ${`${channelId}:%`}), ${`${channelId}: ${error}`})`,
    })
    .where(eq(slackIntegrations.workspaceId, workspaceId));
}

// SK10: a post went through again (the app was invited, the channel unarchived): the flag goes.
export async function unflagSlackChannel(db: Db, workspaceId: string, channelId: string) {
  await db
    .update(slackIntegrations)
    .set({
      flaggedChannels: sql`array(select f from unnest(${slackIntegrations.flaggedChannels}) f
        where f not like ${`${channelId}:%`})`,
    })
    .where(eq(slackIntegrations.workspaceId, workspaceId));
}

export async function setSlackGlobalChannel(db: Db, workspaceId: string, channelId: string | null) {
  await db
    .update(slackIntegrations)
    .set({ globalChannelId: channelId })
    .where(eq(slackIntegrations.workspaceId, workspaceId));
}

export async function setGroupSlackChannel(
  db: Db,
  workspaceId: string,
  groupId: string,
  channelId: string | null,
): Promise<boolean> {
  const rows = await db
    .update(routingGroups)
    .set({ slackChannelId: channelId })
    .where(and(eq(routingGroups.workspaceId, workspaceId), eq(routingGroups.id, groupId)))
    .returning({ id: routingGroups.id });
  return rows.length > 0; // false: not this workspace's group
}

// SK11: channels typed in by id instead of picked from conversations.list.
export async function setSlackUseChannelIds(db: Db, workspaceId: string, useChannelIds: boolean) {
  await db
    .update(slackIntegrations)
    .set({ useChannelIds })
    .where(eq(slackIntegrations.workspaceId, workspaceId));
}

export async function saveSlackOAuthState(db: Db, row: typeof slackOAuthStates.$inferInsert) {
  await db.insert(slackOAuthStates).values(row);
}

// "Add to Slack": a state is taken once (deleted as it is read), whatever happens next.
export async function takeSlackOAuthState(db: Db, stateHash: string) {
  const [row] = await db
    .delete(slackOAuthStates)
    .where(eq(slackOAuthStates.stateHash, stateHash))
    .returning();
  return row;
}

// An admin's "Not mapped": the member's mapping is removed (a later connect maps them by email again).
export async function deleteSlackUserMapping(db: Db, workspaceId: string, userId: string) {
  await db
    .delete(slackUserMappings)
    .where(and(eq(slackUserMappings.workspaceId, workspaceId), eq(slackUserMappings.userId, userId)));
}

export async function listSlackUserMappings(db: Db, workspaceId: string) {
  return db.select().from(slackUserMappings).where(eq(slackUserMappings.workspaceId, workspaceId));
}

// A manual mapping wins over the one found by email; a Slack user maps to one member at most.
export async function saveSlackUserMapping(
  db: Db,
  workspaceId: string,
  userId: string,
  slackUserId: string,
  source: "email" | "manual",
) {
  await db
    .delete(slackUserMappings)
    .where(
      and(eq(slackUserMappings.workspaceId, workspaceId), eq(slackUserMappings.slackUserId, slackUserId)),
    );
  await db
    .insert(slackUserMappings)
    .values({ workspaceId, userId, slackUserId, source })
    .onConflictDoUpdate({
      target: [slackUserMappings.workspaceId, slackUserMappings.userId],
      set: { slackUserId, source },
    });
}

// SK6: the thread root, set once (the first post wins if two race).
export async function setConversationSlackThread(
  db: Db,
  workspaceId: string,
  conversationId: string,
  channelId: string,
  threadTs: string,
) {
  await db
    .update(conversations)
    .set({ slackChannelId: channelId, slackThreadTs: threadTs })
    .where(
      and(
        eq(conversations.workspaceId, workspaceId),
        eq(conversations.id, conversationId),
        sql`${conversations.slackThreadTs} is null`,
      ),
    );
}

export async function findConversationSlackThread(db: Db, workspaceId: string, conversationId: string) {
  const [row] = await db
    .select({ channelId: conversations.slackChannelId, threadTs: conversations.slackThreadTs })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, conversationId)));
  return row?.channelId && row.threadTs ? { channelId: row.channelId, threadTs: row.threadTs } : null;
}

// SK7: the conversation a thread belongs to; (channel, thread_ts) is the thread's key within a team.
export async function findConversationBySlackThread(
  db: Db,
  workspaceId: string,
  channelId: string,
  threadTs: string,
) {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      and(
        eq(conversations.workspaceId, workspaceId),
        eq(conversations.slackChannelId, channelId),
        eq(conversations.slackThreadTs, threadTs),
      ),
    );
  return row;
}

// SK7/X2: true the first time an event_id is seen; a retry or a replay gets false.
export async function claimSlackEvent(db: Db, eventId: string): Promise<boolean> {
  const rows = await db
    .insert(slackEventReceipts)
    .values({ eventId })
    .onConflictDoNothing()
    .returning({ eventId: slackEventReceipts.eventId });
  return rows.length > 0;
}

// SK2–SK4, LV6: the Slack user a member is mapped to.
export async function findSlackUserIdOf(db: Db, workspaceId: string, userId: string) {
  const [row] = await db
    .select({ slackUserId: slackUserMappings.slackUserId })
    .from(slackUserMappings)
    .where(and(eq(slackUserMappings.workspaceId, workspaceId), eq(slackUserMappings.userId, userId)));
  return row?.slackUserId ?? null;
}

// SK7: the member a Slack user is mapped to, if any.
export async function findUserIdOfSlackUser(db: Db, workspaceId: string, slackUserId: string) {
  const [row] = await db
    .select({ userId: slackUserMappings.userId })
    .from(slackUserMappings)
    .where(
      and(eq(slackUserMappings.workspaceId, workspaceId), eq(slackUserMappings.slackUserId, slackUserId)),
    );
  return row?.userId ?? null;
}

// SK6: a recorded message.created event's message with its author and the conversation's thread. The workspace
// comes from the outbox row, so the message is read within it.
export async function findMessageToMirror(db: Db, eventId: string) {
  const [row] = await db
    .select({
      workspaceId: messages.workspaceId,
      body: messages.body,
      channel: messages.channel,
      internal: messages.internal,
      authorType: messages.authorType,
      authorName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      visitorName: visitors.name,
      visitorEmail: visitors.email,
      visitorId: visitors.id,
      slackChannelId: conversations.slackChannelId,
      slackThreadTs: conversations.slackThreadTs,
    })
    .from(notificationEvents)
    .innerJoin(
      messages,
      and(
        eq(messages.workspaceId, notificationEvents.workspaceId),
        sql`${notificationEvents.id} = 'message.created:' || ${messages.id}::text`,
      ),
    )
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .innerJoin(visitors, eq(visitors.id, conversations.visitorId))
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .where(eq(notificationEvents.id, eventId));
  return row;
}
