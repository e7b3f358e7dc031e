// CSV import, all or nothing: the rows are re-read against the workspace under its accounts lock and
// written in one transaction, so a file with any bad row imports nothing.
import { and, eq, isNull } from "drizzle-orm";
import { type ImportedAccount, readAccountsCsv, type WorkspaceFacts } from "@/lib/accounts/import-rows";
import type { Db } from "../client";
import { accountContacts, accountOwners, customerAccounts, memberships, users } from "../schema";
import { lockWorkspaceAccounts } from "./accounts";

export async function loadImportFacts(db: Db, workspaceId: string): Promise<WorkspaceFacts> {
  const [members, accounts] = await Promise.all([
    db
      .select({ email: users.email, userId: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.workspaceId, workspaceId)),
    db
      .select({ name: customerAccounts.name, domains: customerAccounts.domains })
      .from(customerAccounts)
      .where(and(eq(customerAccounts.workspaceId, workspaceId), isNull(customerAccounts.crmConnectionId))),
  ]);
  return {
    memberIdByEmail: new Map(members.map((m) => [m.email.toLowerCase(), m.userId])),
    accountNameByDomain: new Map(accounts.flatMap((a) => a.domains.map((d) => [d, a.name.toLowerCase()]))),
  };
}

export async function previewAccountImport(db: Db, workspaceId: string, csv: string) {
  return readAccountsCsv(csv, await loadImportFacts(db, workspaceId));
}

// Existing accounts (same name, any case) gain the file's domains, owners and contacts.
async function writeAccounts(tx: Db, workspaceId: string, accounts: ImportedAccount[]) {
  const existing = await tx
    .select({ id: customerAccounts.id, name: customerAccounts.name, domains: customerAccounts.domains })
    .from(customerAccounts)
    .where(and(eq(customerAccounts.workspaceId, workspaceId), isNull(customerAccounts.crmConnectionId)));
  const idByName = new Map(existing.map((a) => [a.name.toLowerCase(), a]));
  const fresh = accounts.filter((a) => !idByName.has(a.name.toLowerCase()));
  if (fresh.length) {
    const inserted = await tx
      .insert(customerAccounts)
      .values(fresh.map((a) => ({ workspaceId, name: a.name, domains: a.domains })))
      .returning({ id: customerAccounts.id, name: customerAccounts.name, domains: customerAccounts.domains });
    for (const a of inserted) idByName.set(a.name.toLowerCase(), a);
  }
  for (const account of accounts) {
    const stored = idByName.get(account.name.toLowerCase());
    if (!stored) continue;
    const added = account.domains.filter((d) => !stored.domains.includes(d));
    if (added.length && existing.some((e) => e.id === stored.id)) {
      await tx
        .update(customerAccounts)
        .set({ domains: [...stored.domains, ...added] })
        .where(and(eq(customerAccounts.workspaceId, workspaceId), eq(customerAccounts.id, stored.id)));
    }
  }
  return idByName;
}

export async function importAccounts(db: Db, workspaceId: string, csv: string) {
  return db.transaction(async (tx) => {
    await lockWorkspaceAccounts(tx, workspaceId);
    const result = readAccountsCsv(csv, await loadImportFacts(tx, workspaceId));
    if (result.errors.length > 0) return { imported: false as const, ...result };
    const idByName = await writeAccounts(tx, workspaceId, result.accounts);
    const idOf = (a: ImportedAccount) => idByName.get(a.name.toLowerCase())?.id ?? "";
    const owners = result.accounts.flatMap((a) =>
      a.ownerUserIds.map((userId) => ({ workspaceId, accountId: idOf(a), userId })),
    );
    if (owners.length) await tx.insert(accountOwners).values(owners).onConflictDoNothing();
    const contacts = result.accounts.flatMap((a) =>
      a.contacts.map((c) => ({ workspaceId, accountId: idOf(a), ...c })),
    );
    // Chunks keep each statement's parameters well under PostgreSQL's limit of 65,535.
    for (let i = 0; i < contacts.length; i += 2000) {
      await tx.insert(accountContacts).values(contacts.slice(i, i + 2000));
    }
    return { imported: true as const, ...result };
  });
}
