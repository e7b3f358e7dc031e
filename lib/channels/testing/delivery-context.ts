// A delivery and its context for channel adapter tests: a workspace and a user in a real test database, and a
// decision built in memory (adapters read it, they do not look it up).
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { type DecisionRow, type DeliveryRow, memberships, users, workspaces } from "@/db/schema";
import { notificationContent } from "@/lib/notifications/content";
import { type NotificationFacts, noFacts } from "@/lib/notifications/content/facts";
import type { HeraldEvent } from "@/lib/notifications/events/event";
import type { DeliveryContext } from "../types";

export async function seedRecipient(db: Db, email = `agent-${randomUUID()}@example.com`) {
  const [workspace] = await db.insert(workspaces).values({ name: "Acme" }).returning();
  const [user] = await db.insert(users).values({ email, name: "Grace" }).returning();
  await db.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "agent" });
  return { workspaceId: workspace.id, userId: user.id };
}

export function deliveryFor(
  db: Db,
  recipient: { workspaceId: string; userId: string },
  event: HeraldEvent,
  over: Partial<DecisionRow> = {},
  facts: NotificationFacts = noFacts,
): { delivery: DeliveryRow; context: DeliveryContext } {
  const now = new Date();
  const decision: DecisionRow = {
    id: randomUUID(),
    workspaceId: recipient.workspaceId,
    eventId: event.id,
    rule: "IC5",
    outcome: "send",
    reason: "sent",
    recipientKind: "user",
    recipientUserId: recipient.userId,
    recipientVisitorId: null,
    recipientSlackChannelId: null,
    channel: "web_push",
    sendAt: now,
    idempotencyKey: randomUUID(),
    onceKey: null,
    presentation: null,
    conversationId: "conversationId" in event ? event.conversationId : null,
    visitId: null,
    createdAt: now,
    ...over,
  };
  const delivery: DeliveryRow = {
    id: randomUUID(),
    workspaceId: recipient.workspaceId,
    decisionId: decision.id,
    channel: decision.channel,
    status: "sending",
    reason: null,
    attempts: 1,
    leaseId: randomUUID(),
    lastError: null,
    providerId: null,
    providerStatus: null,
    summary: null,
    segments: null,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
    settledAt: null,
  };
  const content = notificationContent(event, facts);
  return { delivery, context: { db, decision, event, facts, content, now } };
}
