// Events built from domain writes. The id is derived from the fact itself (the message, the conversation, the
// visit), so recording the same write twice, or replaying it, is the same event (X2).
import type { EventOf, SlaTarget } from "./event";

export const visitStarted = (
  p: { workspaceId: string; visitorId: string; visitId: string },
  at: Date,
): EventOf<"visit.started"> => ({
  type: "visit.started",
  id: `visit.started:${p.visitId}`,
  occurredAt: at,
  ...p,
});

// The visit's start seen again once the site identified the visitor: the loader's identify call may reach the
// server after the first page view, when the visitor still looked anonymous and nobody was alerted. A distinct id
// (not a replay); LV7's once-key keeps it to one alert per visit if the first one did go out.
export const visitIdentified = (
  p: { workspaceId: string; visitorId: string; visitId: string },
  at: Date,
): EventOf<"visit.started"> => ({ ...visitStarted(p, at), id: `visit.started:${p.visitId}:identified` });

export const conversationCreated = (
  p: { workspaceId: string; conversationId: string; visitorId: string },
  at: Date,
): EventOf<"conversation.created"> => ({
  type: "conversation.created",
  id: `conversation.created:${p.conversationId}`,
  occurredAt: at,
  ...p,
});

export const visitorMessageCreated = (
  p: { workspaceId: string; conversationId: string; messageId: string },
  at: Date,
): EventOf<"message.created"> => ({
  type: "message.created",
  id: `message.created:${p.messageId}`,
  occurredAt: at,
  author: { kind: "visitor" },
  internal: false,
  mentionedUserIds: [],
  ...p,
});

export const agentMessageCreated = (
  p: { workspaceId: string; conversationId: string; messageId: string; userId: string },
  at: Date,
): EventOf<"message.created"> => ({
  type: "message.created",
  id: `message.created:${p.messageId}`,
  occurredAt: at,
  workspaceId: p.workspaceId,
  conversationId: p.conversationId,
  messageId: p.messageId,
  author: { kind: "agent", userId: p.userId },
  internal: false,
  mentionedUserIds: [],
});

// IC8: a teammate's internal note; the mentioned members (already checked to belong to the workspace) are
// notified by the planner.
export const internalNoteCreated = (
  p: {
    workspaceId: string;
    conversationId: string;
    messageId: string;
    userId: string;
    mentionedUserIds: string[];
  },
  at: Date,
): EventOf<"message.created"> => ({
  ...agentMessageCreated(p, at),
  internal: true,
  mentionedUserIds: [...new Set(p.mentionedUserIds)],
});

// SL2: fired once per clock and kind; the id names the conversation, the target and the deadline, so a job
// firing twice for the same clock is the same event (X2).
export const slaEvent = <T extends "sla.warning" | "sla.breached">(
  type: T,
  p: { workspaceId: string; conversationId: string; target: SlaTarget; dueAt: Date },
  at: Date = new Date(),
): EventOf<T> =>
  ({
    type,
    id: `${type}:${p.conversationId}:${p.target}:${p.dueAt.toISOString()}`,
    occurredAt: at,
    ...p,
  }) as EventOf<T>;

// IC7: a conversation is cancelled at most once (it is closed by it), so the conversation names the event.
export const chatRequestCancelled = (
  p: { workspaceId: string; conversationId: string },
  at: Date,
): EventOf<"chat_request.cancelled"> => ({
  type: "chat_request.cancelled",
  id: `chat_request.cancelled:${p.conversationId}`,
  occurredAt: at,
  ...p,
});

// FU1: the visitor went offline while a conversation is open. One event per transition: the id names the
// conversation and the moment presence turned offline, so a replayed write is the same event (X2).
export const visitorWentOffline = (
  p: { workspaceId: string; conversationId: string; visitorId: string },
  at: Date,
): EventOf<"visitor.went_offline"> => ({
  type: "visitor.went_offline",
  id: `visitor.went_offline:${p.conversationId}:${at.getTime()}`,
  occurredAt: at,
  ...p,
});
