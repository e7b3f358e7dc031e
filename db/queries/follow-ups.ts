// Visitor follow-ups: Follow-up settings, reply-by-email tokens, visitor email status (FU9), webhook dedupe,
// and provider receipts on deliveries (X3).
import { randomBytes } from "node:crypto";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  conversationReplyTokens,
  conversations,
  deliveries,
  followUpSettings,
  messages,
  providerWebhooksSeen,
  users,
  visitorEmailStatus,
  visitors,
} from "../schema";

export const followUpDefaults = { email: true, sms: false } as const;

export async function findFollowUpSettings(
  db: Db,
  workspaceId: string,
): Promise<{ email: boolean; sms: boolean }> {
  const [row] = await db.select().from(followUpSettings).where(eq(followUpSettings.workspaceId, workspaceId));
  return row ? { email: row.email, sms: row.sms } : { ...followUpDefaults };
}

export async function saveFollowUpSettings(
  db: Db,
  workspaceId: string,
  values: Partial<{ email: boolean; sms: boolean; whatsappContentSid: string | null }>,
) {
  await db
    .insert(followUpSettings)
    .values({ workspaceId, ...values })
    .onConflictDoUpdate({ target: followUpSettings.workspaceId, set: { ...values, updatedAt: new Date() } });
}

// The conversation's reply token, created on first use (FU6: unique per conversation, unguessable).
export async function replyTokenOf(db: Db, workspaceId: string, conversationId: string): Promise<string> {
  await db
    .insert(conversationReplyTokens)
    .values({ token: randomBytes(18).toString("base64url").toLowerCase(), workspaceId, conversationId })
    .onConflictDoNothing({ target: conversationReplyTokens.conversationId });
  const [row] = await db
    .select({ token: conversationReplyTokens.token })
    .from(conversationReplyTokens)
    .where(eq(conversationReplyTokens.conversationId, conversationId));
  if (!row) throw new Error(`no reply token for conversation ${conversationId}`);
  return row.token;
}

export async function findConversationByReplyToken(db: Db, token: string) {
  const [row] = await db
    .select({
      workspaceId: conversations.workspaceId,
      conversationId: conversations.id,
      visitorId: conversations.visitorId,
    })
    .from(conversationReplyTokens)
    .innerJoin(conversations, eq(conversations.id, conversationReplyTokens.conversationId))
    .where(eq(conversationReplyTokens.token, token));
  return row;
}

// Where a follow-up email reaches the visitor: the signed email, else the unverified one they gave; none once
// it bounced hard or they complained (FU9). Never used to match an account.
export async function findVisitorContactEmail(db: Db, workspaceId: string, visitorId: string) {
  const [row] = await db
    .select({
      email: visitors.email,
      unverifiedEmail: visitors.unverifiedEmail,
      status: visitorEmailStatus.status,
    })
    .from(visitors)
    .leftJoin(visitorEmailStatus, eq(visitorEmailStatus.visitorId, visitors.id))
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)));
  if (!row || row.status) return null;
  return row.email ?? row.unverifiedEmail ?? null;
}

export async function markVisitorEmail(
  db: Db,
  p: {
    workspaceId: string;
    visitorId: string;
    status: "undeliverable" | "complained";
    reason: string | null;
  },
) {
  await db
    .insert(visitorEmailStatus)
    .values(p)
    .onConflictDoUpdate({
      target: visitorEmailStatus.visitorId,
      set: { status: p.status, reason: p.reason },
    });
}

export async function findVisitorEmailStatus(db: Db, visitorId: string) {
  const [row] = await db.select().from(visitorEmailStatus).where(eq(visitorEmailStatus.visitorId, visitorId));
  return row;
}

// True the first time a webhook id is seen (Svix redelivers with the same id).
export async function markWebhookSeen(db: Db, id: string): Promise<boolean> {
  const rows = await db.insert(providerWebhooksSeen).values({ id }).onConflictDoNothing().returning();
  return rows.length === 1;
}

// The receipts' order (X3): a later state never goes back to an earlier one, whatever order Resend sends them in.
const receiptRank: Record<string, number> = {
  sent: 0,
  delivery_delayed: 1,
  delivered: 2,
  bounced: 3,
  complained: 3,
  failed: 3,
};

export async function findDeliveryByProviderId(db: Db, providerId: string) {
  const [row] = await db.select().from(deliveries).where(eq(deliveries.providerId, providerId));
  return row;
}

// Applies a provider receipt to the delivery if it is newer than what it shows; returns whether it changed.
// Compare-and-set on the status read, so two receipts racing cannot move it backwards.
export async function applyReceipt(
  db: Db,
  deliveryId: string,
  receipt: { providerStatus: string; failed: string | null },
): Promise<boolean> {
  const [current] = await db
    .select({ providerStatus: deliveries.providerStatus })
    .from(deliveries)
    .where(eq(deliveries.id, deliveryId));
  if (!current) return false;
  const rankOf = (s: string | null) => receiptRank[s ?? "sent"] ?? 0;
  if (rankOf(current.providerStatus) >= rankOf(receipt.providerStatus)) return false;
  const rows = await db
    .update(deliveries)
    .set({
      providerStatus: receipt.providerStatus,
      ...(receipt.failed ? { status: "failed" as const, lastError: receipt.failed } : {}),
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(deliveries.id, deliveryId),
        sql`${deliveries.providerStatus} is not distinct from ${current.providerStatus}`,
      ),
    )
    .returning({ id: deliveries.id });
  return rows.length > 0;
}

// A follow-up link names only the conversation (signed): its workspace and visitor come from the row.
export async function findConversationOfContinueLink(db: Db, conversationId: string) {
  const [row] = await db
    .select({ workspaceId: conversations.workspaceId, visitorId: conversations.visitorId })
    .from(conversations)
    .where(eq(conversations.id, conversationId));
  return row;
}

// "Get the reply by email": the visitor's own claim, unverified; giving an address again opts back in (FU9).
export async function setVisitorContactEmail(db: Db, workspaceId: string, visitorId: string, email: string) {
  await db
    .update(visitors)
    .set({ unverifiedEmail: email })
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)));
  await db.delete(visitorEmailStatus).where(eq(visitorEmailStatus.visitorId, visitorId));
}

// FU6, FU4: the agents' messages the visitor has not read, oldest first (what a follow-up quotes).
export async function listUnreadAgentMessages(
  db: Db,
  workspaceId: string,
  conversationId: string,
  limit = 20,
) {
  return db
    .select({ body: messages.body, sentAt: messages.createdAt, name: users.name, email: users.email })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .where(
      and(
        eq(messages.workspaceId, workspaceId),
        eq(messages.conversationId, conversationId),
        eq(messages.authorType, "agent"),
        eq(messages.internal, false),
        isNull(messages.readByVisitorAt),
      ),
    )
    .orderBy(asc(messages.createdAt))
    .limit(limit);
}
