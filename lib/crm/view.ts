// What the browser may see of a connection: status, routing, the running sync's progress and the last result.
// Never the token.
import { SYNC_STALE_AFTER_MS } from "@/db/queries/crm-connections";
import type { CrmConnection, CrmSyncResult } from "@/db/schema";

export interface CrmSyncProgress {
  stage: string;
  done: number;
  total: number | null;
  startedAt: string;
  kind: "incremental" | "full" | null;
}

export interface CrmConnectionView {
  id: string;
  provider: CrmConnection["provider"];
  status: CrmConnection["status"];
  accountBasedRouting: boolean;
  running: CrmSyncProgress | null;
  lastResult: CrmSyncResult | null;
  lastFullSweepAt: string | null;
}

export function crmConnectionView(c: CrmConnection, now = new Date()): CrmConnectionView {
  const alive =
    c.syncStartedAt !== null &&
    c.syncHeartbeatAt !== null &&
    now.getTime() - c.syncHeartbeatAt.getTime() < SYNC_STALE_AFTER_MS;
  return {
    id: c.id,
    provider: c.provider,
    status: c.status,
    accountBasedRouting: c.accountBasedRouting,
    running:
      alive && c.syncStartedAt
        ? {
            stage: c.syncStage ?? "Starting",
            done: c.syncDone,
            total: c.syncTotal,
            startedAt: c.syncStartedAt.toISOString(),
            kind: c.syncKind,
          }
        : null,
    lastResult: c.lastSyncResult ?? null,
    lastFullSweepAt: c.lastFullSweepAt?.toISOString() ?? null,
  };
}
