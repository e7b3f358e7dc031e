// The delivery log (Settings → Deliveries, X1): every decision of a workspace, sent or suppressed, with its
// delivery's outcome, newest first. Paged by a cursor (the last decision shown) rather than an offset, so new
// decisions arriving while an admin reads do not shift the pages.
import { and, desc, eq, or, type SQL, sql } from "drizzle-orm";
import type { EventType } from "@/lib/notifications/events/event";
import type { DeliveryChannel, ReasonCode } from "@/lib/notifications/planner/decision";
import type { Db } from "../client";
import { crmUsers, type DeliveryStatus, decisions, deliveries, notificationEvents, users } from "../schema";

export interface DeliveryLogFilters {
  recipientUserId?: string;
  channel?: DeliveryChannel;
  reason?: ReasonCode;
  status?: DeliveryStatus;
  eventType?: EventType;
  conversationId?: string;
}

export const DELIVERY_LOG_PAGE = 50;

export async function listDeliveryLog(
  db: Db,
  workspaceId: string,
  filters: DeliveryLogFilters,
  page: { after?: string; limit?: number } = {},
) {
  const limit = page.limit ?? DELIVERY_LOG_PAGE;
  // The person an entry is about: its own recipient, or the teammate filtered for within a group.
  const recipient = filters.recipientUserId
    ? sql<string | null>`coalesce(${decisions.recipientUserId}, ${filters.recipientUserId})`
    : sql<string | null>`${decisions.recipientUserId}`;
  const where: (SQL | undefined)[] = [
    eq(decisions.workspaceId, workspaceId),
    // A compacted row (lib/notifications/outbox/compact.ts) is each of its members' entry too.
    filters.recipientUserId
      ? or(
          eq(decisions.recipientUserId, filters.recipientUserId),
          sql`${filters.recipientUserId} = any(${decisions.recipientUserIds})`,
        )
      : undefined,
    // A sent group, once expanded, lives on as its members' own rows: listed once, not twice.
    sql`not (${decisions.recipientUserIds} is not null and ${deliveries.status} is not distinct from 'delivered')`,
    filters.channel ? eq(decisions.channel, filters.channel) : undefined,
    // A delivery can end with its own reason (FU7 `insufficient_balance`): found by either.
    filters.reason
      ? or(eq(decisions.reason, filters.reason), eq(deliveries.reason, filters.reason))
      : undefined,
    filters.status ? eq(deliveries.status, filters.status) : undefined,
    filters.eventType ? eq(notificationEvents.type, filters.eventType) : undefined,
    filters.conversationId ? eq(decisions.conversationId, filters.conversationId) : undefined,
    // Exact, whatever the timestamp precision: compare with the cursor row itself (same workspace only).
    page.after
      ? sql`(${decisions.createdAt}, ${decisions.id}) < (select d.created_at, d.id from decisions d
          where d.id = ${page.after} and d.workspace_id = ${workspaceId})`
      : undefined,
  ];
  const rows = await db
    .select({
      id: decisions.id,
      createdAt: decisions.createdAt,
      eventType: notificationEvents.type,
      rule: decisions.rule,
      conversationId: decisions.conversationId,
      recipientKind: decisions.recipientKind,
      recipientUserId: recipient,
      // A group entry: how many members share it (filter by a teammate to see it as theirs).
      groupSize: sql<number | null>`cardinality(${decisions.recipientUserIds})`.mapWith((n: number | null) =>
        n === null ? null : Number(n),
      ),
      recipientName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      recipientOther: sql<
        string | null
      >`coalesce(${decisions.recipientSlackChannelId}, ${decisions.recipientVisitorId}::text, ${crmUsers.email}, ${crmUsers.name}, ${crmUsers.crmUserId})`,
      channel: decisions.channel,
      outcome: decisions.outcome,
      reason: decisions.reason,
      status: deliveries.status,
      deliveryReason: deliveries.reason,
      attempts: deliveries.attempts,
      providerStatus: deliveries.providerStatus,
      segments: deliveries.segments,
      lastError: deliveries.lastError,
    })
    .from(decisions)
    .innerJoin(notificationEvents, eq(notificationEvents.id, decisions.eventId))
    .leftJoin(deliveries, eq(deliveries.decisionId, decisions.id))
    .leftJoin(users, eq(users.id, recipient))
    // LV2 not_mapped: the CRM owner's email (the row may be gone with a disconnected CRM).
    .leftJoin(crmUsers, eq(crmUsers.id, decisions.recipientCrmUserId))
    .where(and(...where))
    .orderBy(desc(decisions.createdAt), desc(decisions.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const entries = more ? rows.slice(0, limit) : rows;
  return { entries, nextCursor: more ? entries[entries.length - 1].id : null };
}

export type DeliveryLogEntry = Awaited<ReturnType<typeof listDeliveryLog>>["entries"][number];
