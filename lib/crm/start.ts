// Starting a sync: claim the connection (one sync at a time), then run it in the background; the page follows
// its progress from the database. The nightly job syncs every connected CRM the same way, one after another.
import type { Db } from "@/db/client";
import {
  claimCrmSync,
  findCrmConnectionById,
  listConnectedCrmConnections,
} from "@/db/queries/crm-connections";
import { AppError } from "@/lib/errors";
import { crmSourceFor } from "./sources";
import { runCrmSync, type SyncKind } from "./sync";

export async function startCrmSync(
  db: Db,
  workspaceId: string,
  connectionId: string,
  kind: SyncKind,
  runInBackground: (work: () => Promise<unknown>) => void,
) {
  const connection = await findCrmConnectionById(db, workspaceId, connectionId);
  if (!connection) throw new AppError("NOT_FOUND", "This integration is not connected");
  if (connection.status === "needs_reconnect") {
    throw new AppError("CONFLICT", "Reconnect the integration before syncing: its token was refused");
  }
  const claimed = await claimCrmSync(db, connection.id, kind);
  if (!claimed) throw new AppError("CONFLICT", "A sync is already running for this integration");
  runInBackground(() => runCrmSync(db, claimed, () => crmSourceFor(db, claimed), kind));
  return claimed;
}

// Nightly: an incremental sync, or a full sweep when the last one is a week old (deletions, untouched records).
export async function syncAllCrmConnections(db: Db, now = new Date()) {
  const weekAgo = now.getTime() - 7 * 24 * 3600_000;
  const results = [];
  for (const connection of await listConnectedCrmConnections(db)) {
    const kind: SyncKind =
      !connection.lastFullSweepAt || connection.lastFullSweepAt.getTime() < weekAgo ? "full" : "incremental";
    const claimed = await claimCrmSync(db, connection.id, kind);
    if (!claimed) continue; // already running (a "Sync now" or another worker)
    results.push({
      connectionId: connection.id,
      ...(await runCrmSync(db, claimed, () => crmSourceFor(db, claimed), kind)),
    });
  }
  return results;
}
