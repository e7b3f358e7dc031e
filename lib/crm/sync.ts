// One CRM sync of a claimed connection: owners, then accounts, then contacts, each streamed page by page into
// batch upserts; a full sweep then deletes what it did not see. Progress is written as it goes (the page shows
// it after a reload); the result, counts and errors are kept. Refused credentials mark the connection "needs
// reconnect" and tell the admins (./reconnect.ts).

import type { Db } from "@/db/client";
import { finishCrmSync, reportCrmSyncProgress } from "@/db/queries/crm-connections";
import {
  analyzeCrmRecords,
  deleteCrmRecordsNotSeenSince,
  upsertCrmAccounts,
  upsertCrmContacts,
} from "@/db/queries/crm-records";
import { upsertCrmUsers } from "@/db/queries/crm-users";
import type { CrmConnection, CrmSyncResult } from "@/db/schema";
import { CrmAuthError } from "./errors";
import { crmCredentialsRefused } from "./reconnect";
import type { CrmPage, CrmSource } from "./records";

const PROGRESS_EVERY_MS = 500;

export type SyncKind = "incremental" | "full";

// Incremental needs a cursor from a completed sync; without one every record is read (a full sweep).
export function syncKindFor(
  connection: Pick<CrmConnection, "accountsCursor" | "contactsCursor">,
  asked: SyncKind,
): SyncKind {
  return asked === "full" || !connection.accountsCursor || !connection.contactsCursor
    ? "full"
    : "incremental";
}

// The next cursor: the greatest last-modified time seen, never moving backwards.
export const nextCursor = (previous: string | null, maxSeen: number | null) =>
  String(Math.max(Number(previous ?? 0), maxSeen ?? 0));

export async function runCrmSync(
  db: Db,
  connection: CrmConnection,
  // A client, or how to build one: a client that cannot be built (Pardot without Salesforce) fails this sync
  // and is recorded like any other failure.
  sourceOrFactory: CrmSource | (() => Promise<CrmSource>),
  asked: SyncKind,
): Promise<CrmSyncResult> {
  const kind = syncKindFor(connection, asked);
  const startedAt = new Date();
  const ref = { id: connection.id, workspaceId: connection.workspaceId };
  const result: CrmSyncResult = {
    ok: false,
    kind,
    finishedAt: "",
    accounts: 0,
    contacts: 0,
    owners: 0,
    deleted: 0,
    skipped: 0,
    errors: [],
  };
  let lastReport = 0;
  const progress = async (stage: string, done: number, total: number | null, force = false) => {
    if (!force && Date.now() - lastReport < PROGRESS_EVERY_MS) return;
    lastReport = Date.now();
    await reportCrmSyncProgress(db, connection.id, { stage, done, total });
  };

  async function stream<T extends object>(
    stage: string,
    pages: AsyncIterable<CrmPage<T>>,
    store: (records: T[]) => Promise<number>,
  ) {
    let done = 0;
    let maxSeen: number | null = null;
    await progress(stage, 0, null, true);
    for await (const page of pages) {
      result.skipped += page.skipped;
      done += await store(page.records);
      for (const r of page.records) {
        const modifiedAt = (r as { modifiedAt?: number }).modifiedAt;
        if (modifiedAt !== undefined) maxSeen = Math.max(maxSeen ?? 0, modifiedAt);
      }
      await progress(stage, done, page.total ?? null);
    }
    await progress(stage, done, done, true);
    return { done, maxSeen };
  }

  try {
    const source = typeof sourceOrFactory === "function" ? await sourceOrFactory() : sourceOrFactory;
    result.owners = (
      await stream("Owners", source.owners(), (owners) => upsertCrmUsers(db, ref, owners))
    ).done;
    const since = (cursor: string | null) => (kind === "full" ? null : Number(cursor));
    const accounts = await stream("Accounts", source.accounts(since(connection.accountsCursor)), (records) =>
      upsertCrmAccounts(db, ref, records, startedAt),
    );
    result.accounts = accounts.done;
    const contacts = await stream(
      "Contacts",
      source.contacts(since(connection.contactsCursor)),
      async (records) => {
        const { stored } = await upsertCrmContacts(db, ref, records, startedAt);
        return stored;
      },
    );
    result.contacts = contacts.done;
    if (kind === "full") {
      await progress("Removing deleted records", 0, null, true);
      result.deleted = (await deleteCrmRecordsNotSeenSince(db, connection.id, startedAt)).accounts;
    }
    await analyzeCrmRecords(db);
    result.ok = true;
    result.finishedAt = new Date().toISOString();
    await finishCrmSync(db, connection.id, {
      result,
      accountsCursor: nextCursor(connection.accountsCursor, accounts.maxSeen),
      contactsCursor: nextCursor(connection.contactsCursor, contacts.maxSeen),
      fullSweepAt: kind === "full" ? startedAt : undefined,
    });
  } catch (error) {
    // Cursors stay where the last completed sync left them: the next sync resumes from there.
    if (error instanceof CrmAuthError) await crmCredentialsRefused(db, connection);
    result.errors.push(error instanceof Error ? error.message : String(error));
    result.finishedAt = new Date().toISOString();
    await finishCrmSync(db, connection.id, { result });
  }
  return result;
}
