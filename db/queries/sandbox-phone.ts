// The sandbox phone page (development): the visitors whose app it can pretend to be (those with an open
// conversation, newest first) and the devices it registered.
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { conversations, pushReceipts, visitorDevices, visitors } from "../schema";

export async function listVisitorsInOpenConversations(db: Db, workspaceId: string, limit = 20) {
  return db
    .select({
      visitorId: visitors.id,
      name: visitors.name,
      unverifiedName: visitors.unverifiedName,
      email: visitors.email,
      unverifiedEmail: visitors.unverifiedEmail,
      lastMessageAt: conversations.lastMessageAt,
    })
    .from(conversations)
    .innerJoin(visitors, eq(visitors.id, conversations.visitorId))
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.status, "open")))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(limit);
}

export async function listDevicesByToken(db: Db, workspaceId: string, tokens: string[]) {
  return db
    .select()
    .from(visitorDevices)
    .where(and(eq(visitorDevices.workspaceId, workspaceId), inArray(visitorDevices.token, tokens)));
}

export async function listAcknowledgedDeliveries(db: Db, workspaceId: string, deliveryIds: string[]) {
  if (deliveryIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ deliveryId: pushReceipts.deliveryId })
    .from(pushReceipts)
    .where(and(eq(pushReceipts.workspaceId, workspaceId), inArray(pushReceipts.deliveryId, deliveryIds)));
  return new Set(rows.map((r) => r.deliveryId));
}
