// The admins' "<CRM> needs reconnecting" notices (lib/crm/reconnect.ts): read once the connection is back, so
// the notification center stops asking for a reconnect already done.
import { and, eq, inArray, isNull, like, sql } from "drizzle-orm";
import type { Db } from "../client";
import { decisions, deliveries, notifications } from "../schema";

// The event id of a connection's episode starts with this (lib/crm/reconnect.ts builds it).
export const reconnectEventPrefix = (connectionId: string) => `crm.needs_reconnect:${connectionId}:`;

export async function markCrmReconnectNoticesRead(db: Db, workspaceId: string, connectionId: string) {
  const ofThisConnection = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .innerJoin(decisions, eq(decisions.id, deliveries.decisionId))
    .where(
      and(
        eq(decisions.workspaceId, workspaceId),
        like(decisions.eventId, `${reconnectEventPrefix(connectionId)}%`),
      ),
    );
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.workspaceId, workspaceId),
        eq(notifications.type, "crm.needs_reconnect"),
        isNull(notifications.readAt),
        inArray(notifications.deliveryId, ofThisConnection),
      ),
    );
}
