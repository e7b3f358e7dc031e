// Builders for planner tests: a snapshot where nothing is on unless a case turns it on, and typed events.
import type { AgentPresence } from "@/lib/presence/agent-presence";
import type { EventOf, SlaTarget } from "../../events/event";
import type { ConversationFacts, MemberFacts, RoutingGroupFacts, Snapshot, VisitorFacts } from "../snapshot";

export const now = new Date("2026-11-21T12:00:00Z");

export const presence = {
  viewing: (conversationId: string): AgentPresence => ({ state: "viewing", conversationId }),
  active: { state: "active" } as AgentPresence,
  background: { state: "background" } as AgentPresence,
  away: { state: "away" } as AgentPresence,
};

export function member(userId: string, over: Partial<MemberFacts> = {}): MemberFacts {
  return {
    userId,
    role: "agent",
    availability: "available",
    presence: presence.away,
    preferences: {},
    liveViewNotifications: true,
    slackUserId: `U-${userId}`,
    onSupervisorDashboard: false,
    ...over,
  };
}

export function group(memberIds: string[], over: Partial<RoutingGroupFacts> = {}): RoutingGroupFacts {
  return { id: "g1", memberIds, slackChannelId: null, ...over };
}

export function conversation(over: Partial<ConversationFacts> = {}): ConversationFacts {
  return {
    id: "c1",
    status: "open",
    initiator: "visitor",
    assigneeId: null,
    group: null,
    visitorEverReplied: true,
    unreadByVisitor: [],
    ...over,
  };
}

export function visitor(over: Partial<VisitorFacts> = {}): VisitorFacts {
  const email = over.email === undefined ? "ana@acme.test" : over.email;
  const phone = over.phone ?? null;
  return {
    id: "v1",
    email,
    phone,
    contactEmail: email,
    contactPhone: phone,
    textOptedOut: false,
    hasMobilePushToken: false,
    ...over,
  };
}

export function snapshot(over: Partial<Snapshot> = {}): Snapshot {
  return {
    workspace: { liveViewNotifications: true, preferenceDefaults: {}, followUps: { sms: true, email: true } },
    integrations: { slack: null, accountBasedRouting: true },
    members: [],
    conversation: null,
    visitor: null,
    account: null,
    slaTimer: null,
    alreadyNotified: new Set(),
    ...over,
  };
}

const base = { id: "e1", workspaceId: "w1", occurredAt: now };

export const events = {
  visitStarted: (): EventOf<"visit.started"> => ({
    ...base,
    type: "visit.started",
    visitorId: "v1",
    visitId: "visit1",
  }),
  conversationCreated: (): EventOf<"conversation.created"> => ({
    ...base,
    type: "conversation.created",
    conversationId: "c1",
    visitorId: "v1",
  }),
  visitorMessage: (id = "e1"): EventOf<"message.created"> => ({
    ...base,
    id,
    type: "message.created",
    conversationId: "c1",
    messageId: `m-${id}`,
    author: { kind: "visitor" },
    internal: false,
    mentionedUserIds: [],
  }),
  internalNote: (authorId: string, mentionedUserIds: string[]): EventOf<"message.created"> => ({
    ...base,
    type: "message.created",
    conversationId: "c1",
    messageId: "m1",
    author: { kind: "agent", userId: authorId },
    internal: true,
    mentionedUserIds,
  }),
  requestCancelled: (): EventOf<"chat_request.cancelled"> => ({
    ...base,
    type: "chat_request.cancelled",
    conversationId: "c1",
  }),
  assistanceRequested: (by: string): EventOf<"assistance.requested"> => ({
    ...base,
    type: "assistance.requested",
    conversationId: "c1",
    requestedBy: by,
  }),
  assistanceCleared: (by: string): EventOf<"assistance.cleared"> => ({
    ...base,
    type: "assistance.cleared",
    conversationId: "c1",
    clearedBy: by,
  }),
  sla: (kind: "warning" | "breached", target: SlaTarget = "first_response") => ({
    ...base,
    type: kind === "warning" ? ("sla.warning" as const) : ("sla.breached" as const),
    conversationId: "c1",
    target,
    dueAt: now,
  }),
  wentOffline: (): EventOf<"visitor.went_offline"> => ({
    ...base,
    type: "visitor.went_offline",
    conversationId: "c1",
    visitorId: "v1",
  }),
};
