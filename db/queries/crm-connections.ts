// CRM connections: connect/disconnect, the one-sync-at-a-time claim and its progress, the last result.
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type CrmProvider, type CrmSyncResult, crmConnections } from "../schema";

// A sync whose worker has not reported for this long died (crash, deploy): another may take over.
export const SYNC_STALE_AFTER_MS = 2 * 60_000;

export async function findCrmConnection(db: Db, workspaceId: string, provider: CrmProvider) {
  const [row] = await db
    .select()
    .from(crmConnections)
    .where(and(eq(crmConnections.workspaceId, workspaceId), eq(crmConnections.provider, provider)));
  return row;
}

export async function findCrmConnectionById(db: Db, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(crmConnections)
    .where(and(eq(crmConnections.workspaceId, workspaceId), eq(crmConnections.id, id)));
  return row;
}

// For a running sync, which already holds its connection's id (no request, so no workspace to scope by).
export async function findCrmConnectionByIdUnscoped(db: Db, id: string) {
  const [row] = await db.select().from(crmConnections).where(eq(crmConnections.id, id));
  return row;
}

// Connecting again (a new token after "Reconnect") keeps the synced data and the cursors. A pasted token
// replaces an OAuth grant: its refresh token goes.
export async function saveCrmConnection(
  db: Db,
  workspaceId: string,
  provider: CrmProvider,
  accessTokenEncrypted: string,
) {
  const [row] = await db
    .insert(crmConnections)
    .values({ workspaceId, provider, accessTokenEncrypted })
    .onConflictDoUpdate({
      target: [crmConnections.workspaceId, crmConnections.provider],
      set: { accessTokenEncrypted, refreshTokenEncrypted: null, status: "connected" },
    })
    .returning();
  if (!row) throw new Error("CRM connection not saved");
  return row;
}

// Disconnecting deletes the connection and, by cascade, every account, contact and owner it brought.
// Both answer whether the workspace had this connection: another workspace's id matches nothing.
export async function deleteCrmConnection(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(crmConnections)
    .where(and(eq(crmConnections.workspaceId, workspaceId), eq(crmConnections.id, id)))
    .returning({ id: crmConnections.id });
  return rows.length > 0;
}

export async function setCrmAccountBasedRouting(
  db: Db,
  workspaceId: string,
  id: string,
  on: boolean,
): Promise<boolean> {
  const rows = await db
    .update(crmConnections)
    .set({ accountBasedRouting: on })
    .where(and(eq(crmConnections.workspaceId, workspaceId), eq(crmConnections.id, id)))
    .returning({ id: crmConnections.id });
  return rows.length > 0;
}

// True only for the call that flipped it: the start of a "needs reconnect" episode, told to admins once.
export async function markCrmNeedsReconnect(db: Db, id: string): Promise<boolean> {
  const flipped = await db
    .update(crmConnections)
    .set({ status: "needs_reconnect" })
    .where(and(eq(crmConnections.id, id), eq(crmConnections.status, "connected")))
    .returning({ id: crmConnections.id });
  return flipped.length > 0;
}

// One sync at a time per connection: the claim succeeds only when none runs (or the running one went stale).
export async function claimCrmSync(db: Db, id: string, kind: "incremental" | "full") {
  const staleBefore = new Date(Date.now() - SYNC_STALE_AFTER_MS);
  const [row] = await db
    .update(crmConnections)
    .set({
      syncStartedAt: sql`now()`,
      syncHeartbeatAt: sql`now()`,
      syncKind: kind,
      syncStage: "Starting",
      syncDone: 0,
      syncTotal: null,
    })
    .where(
      and(
        eq(crmConnections.id, id),
        eq(crmConnections.status, "connected"),
        or(isNull(crmConnections.syncStartedAt), lt(crmConnections.syncHeartbeatAt, staleBefore)),
      ),
    )
    .returning();
  return row;
}

export async function reportCrmSyncProgress(
  db: Db,
  id: string,
  progress: { stage: string; done: number; total: number | null },
) {
  await db
    .update(crmConnections)
    .set({
      syncStage: progress.stage,
      syncDone: progress.done,
      syncTotal: progress.total,
      syncHeartbeatAt: sql`now()`,
    })
    .where(eq(crmConnections.id, id));
}

export async function finishCrmSync(
  db: Db,
  id: string,
  outcome: {
    result: CrmSyncResult;
    accountsCursor?: string;
    contactsCursor?: string;
    fullSweepAt?: Date;
  },
) {
  await db
    .update(crmConnections)
    .set({
      syncStartedAt: null,
      syncHeartbeatAt: null,
      syncStage: null,
      lastSyncResult: outcome.result,
      ...(outcome.accountsCursor ? { accountsCursor: outcome.accountsCursor } : {}),
      ...(outcome.contactsCursor ? { contactsCursor: outcome.contactsCursor } : {}),
      ...(outcome.fullSweepAt ? { lastFullSweepAt: outcome.fullSweepAt } : {}),
    })
    .where(eq(crmConnections.id, id));
}

// Every connection the nightly job should sync (skipping those waiting for a reconnect).
export async function listConnectedCrmConnections(db: Db) {
  return db
    .select()
    .from(crmConnections)
    .where(eq(crmConnections.status, "connected"))
    .orderBy(crmConnections.createdAt, crmConnections.id);
}

// Salesforce refresh: the connection row locked for the rest of the transaction, so two workers refreshing
// at once take turns and the second sees the first one's token.
export async function lockCrmConnectionTokens(db: Db, id: string) {
  const [row] = await db
    .select({
      accessTokenEncrypted: crmConnections.accessTokenEncrypted,
      refreshTokenEncrypted: crmConnections.refreshTokenEncrypted,
      instanceUrl: crmConnections.instanceUrl,
    })
    .from(crmConnections)
    .where(eq(crmConnections.id, id))
    .for("update");
  return row;
}

export async function saveCrmTokens(
  db: Db,
  id: string,
  tokens: { accessTokenEncrypted: string; refreshTokenEncrypted: string | null; instanceUrl: string | null },
) {
  await db.update(crmConnections).set(tokens).where(eq(crmConnections.id, id));
}

// A connection from an OAuth callback: tokens (and Salesforce's instance_url) together.
export async function saveOAuthCrmConnection(
  db: Db,
  workspaceId: string,
  provider: CrmProvider,
  tokens: { accessTokenEncrypted: string; refreshTokenEncrypted: string | null; instanceUrl: string | null },
) {
  const [row] = await db
    .insert(crmConnections)
    .values({ workspaceId, provider, ...tokens })
    .onConflictDoUpdate({
      target: [crmConnections.workspaceId, crmConnections.provider],
      set: { ...tokens, status: "connected" },
    })
    .returning();
  if (!row) throw new Error("CRM connection not saved");
  return row;
}

// Pardot borrows the Salesforce connection's tokens: its own row holds only the Business Unit ID.
export async function savePardotConnection(db: Db, workspaceId: string, businessUnitId: string) {
  const [row] = await db
    .insert(crmConnections)
    .values({ workspaceId, provider: "pardot", accessTokenEncrypted: "", businessUnitId })
    .onConflictDoUpdate({
      target: [crmConnections.workspaceId, crmConnections.provider],
      set: { businessUnitId, status: "connected" },
    })
    .returning();
  if (!row) throw new Error("CRM connection not saved");
  return row;
}
