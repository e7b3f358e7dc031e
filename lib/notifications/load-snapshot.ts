// Builds the planner's Snapshot for one event with a constant number of queries, however many members the
// workspace has (DESIGN.md "The notification pipeline"): settings, members, presence, the conversation, the
// visitor, the once keys. Facts with no table yet get safe empty values, each naming what will fill it.
import type { Db } from "@/db/client";
import {
  findConversationForNotifications,
  findVisitorForNotifications,
  findWorkspaceNotificationSettings,
  listMembersForNotifications,
  listSentOnceKeys,
} from "@/db/queries/notification-snapshot";
import { effectiveStatus } from "@/lib/availability/effective-status";
import { agentPresenceOf } from "@/lib/presence/agent-presence-store";
import { subjectsOf } from "./event-subjects";
import type { HeraldEvent } from "./events";
import type { ConversationFacts, Member, Snapshot, VisitorFacts } from "./snapshot";

export async function loadSnapshot(db: Db, event: HeraldEvent, now: Date): Promise<Snapshot> {
  const { workspaceId } = event;
  const subjects = subjectsOf(event);
  const settings = await findWorkspaceNotificationSettings(db, workspaceId);
  const rows = await listMembersForNotifications(db, workspaceId);
  const presence = await agentPresenceOf(
    db,
    workspaceId,
    rows.map((r) => r.userId),
    now,
  );
  const members: Member[] = rows.map((r) => ({
    userId: r.userId,
    role: r.role,
    // off_schedule comes with availability schedules (built in parallel); until then only DND applies.
    availability: effectiveStatus(r, now).status,
    presence: presence.get(r.userId) ?? { state: "away" },
    preferences: r.preferences ?? {},
    liveViewNotifications: r.liveViewNotifications ?? true, // LV4: default ON
    slackUserId: null, // Slack user mappings come with the Slack integration
    onSupervisorDashboard: false, // AS1: the supervisor dashboard does not report its viewers yet
  }));
  const conversation = subjects.conversationId
    ? await loadConversation(db, workspaceId, subjects.conversationId)
    : null;
  const visitorId = subjects.visitorId ?? conversation?.visitorId ?? null;
  const visitor = visitorId ? await loadVisitor(db, workspaceId, visitorId) : null;
  const alreadyNotified = new Set(await listSentOnceKeys(db, workspaceId, subjects));
  return {
    workspace: {
      liveViewNotifications: settings?.liveViewNotifications ?? true, // LV3: default ON
      preferenceDefaults: settings?.preferenceDefaults ?? {},
      followUps: { sms: false, email: false }, // Follow-up settings (FU4) have no table yet
    },
    integrations: {
      slack: null, // the Slack integration (OAuth install) is not built yet
      accountBasedRouting: false, // CRM integrations and accounts are built in parallel
    },
    members,
    conversation: conversation?.facts ?? null,
    visitor,
    account: null, // accounts (companies) and their CRM owners are built in parallel
    slaTimer: null, // SLA policies and timers are not built yet
    alreadyNotified,
  };
}

async function loadConversation(db: Db, workspaceId: string, conversationId: string) {
  const row = await findConversationForNotifications(db, workspaceId, conversationId);
  if (!row) return null;
  const facts: ConversationFacts = {
    id: row.id,
    status: row.status,
    initiator: row.initiator,
    assigneeId: row.assigneeId,
    group: row.groupId ? { id: row.groupId, memberIds: row.groupMemberIds, slackChannelId: null } : null,
    visitorEverReplied: row.visitorEverReplied,
    // Marketing messages (FU2) do not exist yet: every agent message is a conversation message.
    unreadByVisitor: row.unreadByVisitor.map((messageId) => ({ messageId, marketing: false })),
  };
  return { facts, visitorId: row.visitorId };
}

async function loadVisitor(db: Db, workspaceId: string, visitorId: string): Promise<VisitorFacts | null> {
  const row = await findVisitorForNotifications(db, workspaceId, visitorId);
  if (!row) return null;
  // Visitor mobile push tokens (FU3) come with the mobile SDK.
  return { ...row, hasMobilePushToken: false };
}
