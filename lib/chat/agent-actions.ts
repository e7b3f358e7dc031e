// What a teammate does to a conversation from the agent app: reply, start a chat, assign, close, reopen, read.
// Each returns the realtime publications for the caller to send once the write is committed.
import type { Db } from "@/db/client";
import {
  findConversation,
  findOpenConversationOfVisitor,
  insertConversation,
  insertMessage,
  markReadByAgent,
  updateConversation,
} from "@/db/queries/conversations";
import type { Member } from "@/db/queries/members";
import { findMember } from "@/db/queries/members";
import { findRoutingGroup } from "@/db/queries/routing-groups";
import { findVisitor } from "@/db/queries/visitors";
import { AppError } from "@/lib/errors";
import { agentMessageCreated } from "@/lib/notifications/events/domain-events";
import { recordEvent } from "@/lib/notifications/outbox/record";
import { channels } from "@/lib/realtime/channels";
import { type Publication, publication } from "@/lib/realtime/publish";
import { trackAgentReply, trackConversationClosed } from "@/lib/sla/track";
import type { LeadQualification } from "./lead-qualification";
import { conversationUpdated, messageCreated, toMessagePayload } from "./payloads";

async function conversationOf(db: Db, member: Member, conversationId: string) {
  const conversation = await findConversation(db, member.workspaceId, conversationId);
  if (!conversation) throw new AppError("NOT_FOUND", "This conversation does not exist in your workspace");
  return conversation;
}

// Replying to a closed conversation reopens it: the visitor sees the reply either way. `origin` is where the
// teammate wrote it: the app, or a Slack thread (SK7); `kind` a card or form the widget shows (SK8).
export async function replyAsAgent(
  db: Db,
  member: Member,
  conversationId: string,
  body: string,
  origin: "web" | "slack" = "web",
  kind: "text" | "booking_link" | "contact_request" = "text",
) {
  const conversation = await conversationOf(db, member, conversationId);
  const { m: message, notifications } = await db.transaction(async (tx) => {
    if (conversation.status === "closed") {
      await updateConversation(tx, member.workspaceId, conversation.id, { status: "open", closedAt: null });
    }
    const m = await insertMessage(tx, {
      workspaceId: member.workspaceId,
      conversationId,
      authorType: "agent",
      authorUserId: member.userId,
      channel: origin,
      kind,
      body,
    });
    await markReadByAgent(tx, member.workspaceId, conversationId, member.userId, m.createdAt);
    await trackAgentReply(tx, { workspaceId: member.workspaceId, conversationId }, m.createdAt);
    // Recorded for the log; agent replies reach the visitor through follow-ups (visitor.went_offline), so
    // today this plans no delivery; it is an effect like any other all the same.
    const event = agentMessageCreated(
      { workspaceId: member.workspaceId, conversationId, messageId: m.id, userId: member.userId },
      m.createdAt,
    );
    return { m, notifications: await recordEvent(tx, event, m.createdAt) };
  });
  const payload = toMessagePayload(message, member.name);
  return {
    message: payload,
    publications: [
      messageCreated(payload),
      ...(await conversationUpdated(db, member.workspaceId, conversationId)),
    ],
    notifications,
  };
}

// "Start chat" from Live Views: an agent-initiated conversation with a first message, assigned to the agent.
// A visitor who already has an open conversation gets the message there instead of a second one.
export async function startChatWithVisitor(db: Db, member: Member, visitorId: string, body: string) {
  const visitor = await findVisitor(db, member.workspaceId, visitorId);
  if (!visitor) throw new AppError("NOT_FOUND", "This visitor is not in your workspace");
  const existing = await findOpenConversationOfVisitor(db, member.workspaceId, visitorId);
  const conversationId =
    existing?.id ??
    (
      await insertConversation(db, {
        workspaceId: member.workspaceId,
        visitorId,
        initiator: "agent",
        assigneeId: member.userId,
      })
    ).id;
  const reply = await replyAsAgent(db, member, conversationId, body);
  const started = publication(channels.visitor(visitorId), "conversation.started", {
    conversationId,
    agentName: member.name,
  });
  return {
    conversationId,
    publications: [started, ...reply.publications],
    notifications: reply.notifications,
  };
}

// Assign to a teammate, or transfer to a group (unassigned in that group's queue).
export async function assignConversation(
  db: Db,
  member: Member,
  conversationId: string,
  target: { assigneeId: string | null; groupId: string | null },
): Promise<Publication[]> {
  const conversation = await conversationOf(db, member, conversationId);
  if (target.assigneeId && !(await findMember(db, member.workspaceId, target.assigneeId))) {
    throw new AppError("BAD_REQUEST", "That teammate is not a member of this workspace", {
      assigneeId: "Unknown",
    });
  }
  if (target.groupId && !(await findRoutingGroup(db, member.workspaceId, target.groupId))) {
    throw new AppError("BAD_REQUEST", "That routing group does not exist", { groupId: "Unknown" });
  }
  await updateConversation(db, member.workspaceId, conversation.id, {
    assigneeId: target.assigneeId,
    groupId: target.groupId ?? (target.assigneeId ? conversation.groupId : null),
  });
  return conversationUpdated(db, member.workspaceId, conversation.id);
}

// Closing may carry the lead's qualification (SK9); none given leaves it as it was (skipping is allowed).
export async function setConversationStatus(
  db: Db,
  member: Member,
  conversationId: string,
  status: "open" | "closed",
  now = new Date(),
  qualification?: LeadQualification,
): Promise<Publication[]> {
  await conversationOf(db, member, conversationId);
  await db.transaction(async (tx) => {
    await updateConversation(tx, member.workspaceId, conversationId, {
      status,
      closedAt: status === "closed" ? now : null,
      ...(qualification ? qualificationSet(member, qualification, now) : {}),
    });
    if (status === "closed") {
      await trackConversationClosed(tx, { workspaceId: member.workspaceId, conversationId }, now);
    }
  });
  return conversationUpdated(db, member.workspaceId, conversationId);
}

const qualificationSet = (member: Member, qualification: LeadQualification | null, now: Date) => ({
  qualification,
  qualifiedAt: qualification ? now : null,
  qualifiedById: qualification ? member.userId : null,
});

// SK9: the lead's qualification, set or changed later (null clears it), open or closed alike.
export async function qualifyConversation(
  db: Db,
  member: Member,
  conversationId: string,
  qualification: LeadQualification | null,
  now = new Date(),
): Promise<Publication[]> {
  await conversationOf(db, member, conversationId);
  await updateConversation(
    db,
    member.workspaceId,
    conversationId,
    qualificationSet(member, qualification, now),
  );
  return conversationUpdated(db, member.workspaceId, conversationId);
}

export async function readAsAgent(db: Db, member: Member, conversationId: string, now = new Date()) {
  await conversationOf(db, member, conversationId);
  await markReadByAgent(db, member.workspaceId, conversationId, member.userId, now);
  return [
    publication(channels.conversation(conversationId), "conversation.read", {
      conversationId,
      by: "agent",
      at: now.toISOString(),
    }),
  ];
}
