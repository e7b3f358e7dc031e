// Writing a CRM's records into the account tables Live View routing reads: batch upserts keyed by
// (connection, CRM id), so a page of 100–200 records costs a few statements, and deletions found by a sweep.
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { normalizeEmail, normalizePhone } from "@/lib/accounts/contact";
import type { CrmAccount, CrmContact } from "@/lib/crm/records";
import type { Db } from "../client";
import { accountContacts, accountOwners, customerAccounts } from "../schema";

export interface ConnectionRef {
  id: string;
  workspaceId: string;
}

// A page may carry the same record twice (search restarts overlap): keep its last version.
const lastById = <T extends { crmId: string }>(records: T[]) => [
  ...new Map(records.map((r) => [r.crmId, r])).values(),
];

export async function upsertCrmAccounts(db: Db, conn: ConnectionRef, records: CrmAccount[], seenAt: Date) {
  const accounts = lastById(records);
  if (accounts.length === 0) return 0;
  await db.transaction(async (tx) => {
    const rows = await tx
      .insert(customerAccounts)
      .values(
        accounts.map((a) => ({
          workspaceId: conn.workspaceId,
          name: a.name,
          domains: a.domains,
          crmConnectionId: conn.id,
          crmId: a.crmId,
          crmModifiedAt: new Date(a.modifiedAt),
          crmSeenAt: seenAt,
        })),
      )
      .onConflictDoUpdate({
        target: [customerAccounts.crmConnectionId, customerAccounts.crmId],
        set: {
          name: sql`excluded.name`,
          domains: sql`excluded.domains`,
          crmModifiedAt: sql`excluded.crm_modified_at`,
          crmSeenAt: sql`excluded.crm_seen_at`,
        },
      })
      .returning({ id: customerAccounts.id, crmId: customerAccounts.crmId });
    const idOf = new Map(rows.map((r) => [r.crmId, r.id]));
    // Owners are stored by CRM user id; the chat user comes from crm_users at read time, so re-mapping an owner
    // needs no rewrite of every account it owns.
    await tx.delete(accountOwners).where(inArray(accountOwners.accountId, [...idOf.values()]));
    const owners = accounts.flatMap((a) => {
      const accountId = idOf.get(a.crmId);
      return accountId && a.ownerCrmId
        ? [{ workspaceId: conn.workspaceId, accountId, userId: null, crmUserId: a.ownerCrmId }]
        : [];
    });
    if (owners.length) await tx.insert(accountOwners).values(owners);
  });
  return accounts.length;
}

// Contacts whose account is unknown to this connection are skipped (they cannot match a visitor to an owner);
// the count of those is returned with the count stored.
export async function upsertCrmContacts(db: Db, conn: ConnectionRef, records: CrmContact[], seenAt: Date) {
  const contacts = lastById(records).filter((c) => c.email || c.phone);
  const accountCrmIds = [...new Set(contacts.flatMap((c) => (c.accountCrmId ? [c.accountCrmId] : [])))];
  if (accountCrmIds.length === 0) return { stored: 0, withoutAccount: records.length };
  const accounts = await db
    .select({ id: customerAccounts.id, crmId: customerAccounts.crmId })
    .from(customerAccounts)
    .where(
      and(eq(customerAccounts.crmConnectionId, conn.id), inArray(customerAccounts.crmId, accountCrmIds)),
    );
  const idOf = new Map(accounts.map((a) => [a.crmId, a.id]));
  const values = contacts.flatMap((c) => {
    const accountId = c.accountCrmId ? idOf.get(c.accountCrmId) : undefined;
    if (!accountId) return [];
    return [
      {
        workspaceId: conn.workspaceId,
        accountId,
        email: c.email ? normalizeEmail(c.email) : null,
        phone: c.phone ? normalizePhone(c.phone) : null,
        name: c.name,
        crmConnectionId: conn.id,
        crmId: c.crmId,
        crmModifiedAt: new Date(c.modifiedAt),
        crmSeenAt: seenAt,
      },
    ];
  });
  if (values.length) {
    await db
      .insert(accountContacts)
      .values(values)
      .onConflictDoUpdate({
        target: [accountContacts.crmConnectionId, accountContacts.crmId],
        set: {
          accountId: sql`excluded.account_id`,
          email: sql`excluded.email`,
          phone: sql`excluded.phone`,
          name: sql`excluded.name`,
          crmModifiedAt: sql`excluded.crm_modified_at`,
          crmSeenAt: sql`excluded.crm_seen_at`,
        },
      });
  }
  return { stored: values.length, withoutAccount: records.length - values.length };
}

// After a sync: fresh statistics for the tables it filled, so the account match (./account-match.ts) plans
// index lookups rather than scans. PostgreSQL's autovacuum would get there later; PGlite has none.
export async function analyzeCrmRecords(db: Db) {
  await db.execute(sql`analyze ${customerAccounts}, ${accountContacts}, ${accountOwners}`);
}

// After a full sweep: what it did not see no longer exists in the CRM. Contacts of a deleted account go with
// it (cascade).
export async function deleteCrmRecordsNotSeenSince(db: Db, connectionId: string, sweepStartedAt: Date) {
  const contacts = await db
    .delete(accountContacts)
    .where(
      and(eq(accountContacts.crmConnectionId, connectionId), lt(accountContacts.crmSeenAt, sweepStartedAt)),
    )
    .returning({ id: accountContacts.id });
  const accounts = await db
    .delete(customerAccounts)
    .where(
      and(eq(customerAccounts.crmConnectionId, connectionId), lt(customerAccounts.crmSeenAt, sweepStartedAt)),
    )
    .returning({ id: customerAccounts.id });
  return { accounts: accounts.length, contacts: contacts.length };
}
