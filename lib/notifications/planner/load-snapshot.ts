// Builds the planner's Snapshot for one event with a constant number of queries, however many members the
// workspace has (DESIGN.md "The notification pipeline"): settings, members (with availability), presence, the
// conversation, the visitor, the visitor's account, the SLA clock, the once keys. Facts with no table yet get
// safe empty values, each naming what will fill it.
import type { Db } from "@/db/client";
import { isAccountBasedRoutingOn } from "@/db/queries/account-source-settings";
import { findFollowUpSettings, followUpDefaults } from "@/db/queries/follow-ups";
import {
  findConversationForNotifications,
  findSlackRoutingFacts,
  findSlaTimerForEvent,
  findVisitorForNotifications,
  findWorkspaceNotificationSettings,
  listMembersForNotifications,
  listSentOnceKeys,
} from "@/db/queries/notification-snapshot";
import { accountOfVisitor } from "@/lib/accounts/match";
import { availabilityOf, storedSchedule } from "@/lib/availability/schedule";
import { agentTabFactsOf } from "@/lib/presence/agent-presence-store";
import type { HeraldEvent } from "../events/event";
import { subjectsOf } from "../events/subjects";
import type { AccountFacts, ConversationFacts, MemberFacts, Snapshot, VisitorFacts } from "./snapshot";

// The names the loaded rows carry anyway, kept for what the notification says (X5): no query of their own.
export interface SnapshotNames {
  people: ReadonlyMap<string, string>; // every member: user id → name (else email)
  visitorName: string | null;
  accountName: string | null;
  showMessageText: boolean; // the workspace's "Show message text outside the app"
}

export type LoadedSnapshot = Snapshot & { names: SnapshotNames };

export async function loadSnapshot(db: Db, event: HeraldEvent, now: Date): Promise<LoadedSnapshot> {
  const { workspaceId } = event;
  const subjects = subjectsOf(event);
  const settings = await findWorkspaceNotificationSettings(db, workspaceId);
  // Follow-up settings matter only to a follow-up: other events keep their query count.
  const followUps =
    event.type === "visitor.went_offline" ? await findFollowUpSettings(db, workspaceId) : null;
  const slack = await findSlackRoutingFacts(db, workspaceId);
  const rows = await listMembersForNotifications(db, workspaceId);
  const tabs = await agentTabFactsOf(
    db,
    workspaceId,
    rows.map((r) => r.userId),
    now,
  );
  const members: MemberFacts[] = rows.map((r) => ({
    userId: r.userId,
    role: r.role,
    availability: availabilityOf(r, storedSchedule(r), now), // LV5: DND wins over the weekly schedule
    presence: tabs.get(r.userId)?.presence ?? { state: "away" },
    preferences: r.preferences ?? {},
    liveViewNotifications: r.liveViewNotifications ?? true, // LV4: default ON
    slackUserId: slack ? r.slackUserId : null, // mappings of a disconnected integration route nothing
    onSupervisorDashboard: tabs.get(r.userId)?.onSupervisorDashboard ?? false, // AS1
  }));
  const conversation = subjects.conversationId
    ? await loadConversation(db, workspaceId, subjects.conversationId)
    : null;
  const visitorId = subjects.visitorId ?? conversation?.visitorId ?? null;
  const visitorRow = visitorId ? await findVisitorForNotifications(db, workspaceId, visitorId) : undefined;
  // Visitor mobile push tokens (FU3) come with the mobile SDK.
  const visitor: VisitorFacts | null = visitorRow
    ? {
        id: visitorRow.id,
        email: visitorRow.email,
        phone: visitorRow.phone,
        contactEmail: visitorRow.emailStatus ? null : (visitorRow.email ?? visitorRow.unverifiedEmail), // FU9
        contactPhone: visitorRow.phone ?? visitorRow.unverifiedPhone,
        textOptedOut: visitorRow.textOptedOut,
        hasMobilePushToken: false,
      }
    : null;
  // Only known visitors can match an account (LV1); the toggle is read only when there is one to route by.
  const account = visitor ? await loadAccount(db, workspaceId, visitor) : null;
  const slaTimer =
    event.type === "sla.warning" || event.type === "sla.breached"
      ? ((await findSlaTimerForEvent(db, workspaceId, event)) ?? null)
      : null;
  const alreadyNotified = new Set(await listSentOnceKeys(db, workspaceId, subjects));
  return {
    workspace: {
      liveViewNotifications: settings?.liveViewNotifications ?? true, // LV3: default ON
      preferenceDefaults: settings?.preferenceDefaults ?? {},
      followUps: followUps ?? { ...followUpDefaults }, // FU4: Follow-up settings, default email on
    },
    integrations: {
      slack: slack ? { globalChannelId: slack.globalChannelId } : null,
      accountBasedRouting: account?.accountBasedRouting ?? false,
    },
    members,
    conversation: conversation?.facts ?? null,
    visitor,
    account: account?.facts ?? null,
    slaTimer,
    alreadyNotified,
    names: {
      people: new Map(rows.map((r) => [r.userId, r.name])),
      visitorName: visitorRow?.name ?? null,
      accountName: account?.name ?? null,
      showMessageText: settings?.showMessageText ?? true, // X5: default ON
    },
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
    group: row.groupId
      ? { id: row.groupId, memberIds: row.groupMemberIds, slackChannelId: row.groupSlackChannelId }
      : null,
    visitorEverReplied: row.visitorEverReplied,
    // Marketing messages (FU2) do not exist yet: every agent message is a conversation message.
    unreadByVisitor: row.unreadByVisitor.map((messageId) => ({ messageId, marketing: false })),
  };
  return { facts, visitorId: row.visitorId };
}

// LV2: the built-in account source (Settings → Accounts) names chat users directly, so its owners have no CRM
// user id and count as mapped; a CRM owner with no chat user stays unmapped (userId null).
async function loadAccount(
  db: Db,
  workspaceId: string,
  visitor: VisitorFacts,
): Promise<{ facts: AccountFacts; name: string; accountBasedRouting: boolean } | null> {
  const matched = await accountOfVisitor(db, workspaceId, visitor);
  if (!matched) return null;
  const accountBasedRouting = await isAccountBasedRoutingOn(db, workspaceId);
  const facts = { id: matched.id, target: matched.target, owners: matched.owners };
  return { facts, name: matched.name, accountBasedRouting };
}
