// "Needs reconnect" episodes of a CRM connection. It begins when the CRM refuses the credentials (HubSpot 401,
// Salesforce invalid_grant): the connection stops syncing and every admin is told once, in-app, through the
// notification pipeline. It ends when an admin connects again: the notices are marked read.
import type { Db } from "@/db/client";
import { markCrmNeedsReconnect } from "@/db/queries/crm-connections";
import { markCrmReconnectNoticesRead, reconnectEventPrefix } from "@/db/queries/crm-reconnect-notices";
import type { CrmConnection } from "@/db/schema";
import { applyEffects } from "@/lib/effects/apply";
import { recordEvent } from "@/lib/notifications/outbox/record";

type ConnectionRef = Pick<CrmConnection, "id" | "workspaceId" | "provider">;

export async function crmCredentialsRefused(db: Db, connection: ConnectionRef, now = new Date()) {
  const recorded = await db.transaction(async (tx) => {
    // Only the call that flips the status starts an episode: a second failing page or sync says nothing.
    if (!(await markCrmNeedsReconnect(tx, connection.id))) return null;
    return recordEvent(
      tx,
      {
        id: `${reconnectEventPrefix(connection.id)}${now.getTime()}`,
        type: "crm.needs_reconnect",
        workspaceId: connection.workspaceId,
        occurredAt: now,
        connectionId: connection.id,
        provider: connection.provider,
      },
      now,
    );
  });
  if (recorded) await applyEffects(db, [{ notifications: recorded }]);
}

export async function crmReconnected<T extends ConnectionRef>(db: Db, connection: T): Promise<T> {
  await markCrmReconnectNoticesRead(db, connection.workspaceId, connection.id);
  return connection;
}
