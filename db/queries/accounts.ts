// Customer accounts of a workspace: list, create, edit, delete. Domains are unique per workspace; arrays
// cannot carry a unique index, so writers take a per-workspace lock and check before they write.
import { and, arrayOverlaps, asc, eq, ilike, isNull, ne, or, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Db } from "../client";
import { customerAccounts } from "../schema";

export interface AccountFields {
  name: string;
  domains: string[];
  target: boolean;
}

// Serialises account writes of one workspace until the transaction ends.
// The built-in source's accounts (Settings → Accounts); a CRM's are managed by its sync (lib/crm/).
const builtIn = (workspaceId: string) =>
  and(eq(customerAccounts.workspaceId, workspaceId), isNull(customerAccounts.crmConnectionId));

export async function lockWorkspaceAccounts(db: Db, workspaceId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`accounts:${workspaceId}`}))`);
}

async function assertFree(db: Db, workspaceId: string, fields: AccountFields, exceptId?: string) {
  const others = await db
    .select({ name: customerAccounts.name, domains: customerAccounts.domains })
    .from(customerAccounts)
    .where(
      and(
        builtIn(workspaceId),
        exceptId ? ne(customerAccounts.id, exceptId) : undefined,
        or(
          sql`lower(${customerAccounts.name}) = ${fields.name.toLowerCase()}`,
          fields.domains.length ? arrayOverlaps(customerAccounts.domains, fields.domains) : undefined,
        ),
      ),
    );
  for (const other of others) {
    if (other.name.toLowerCase() === fields.name.toLowerCase()) {
      throw new AppError("CONFLICT", "An account with this name exists", {
        name: "An account with this name exists",
      });
    }
    const taken = fields.domains.find((d) => other.domains.includes(d));
    if (taken) {
      const message = `${taken} already belongs to ${other.name}`;
      throw new AppError("CONFLICT", message, { domains: message });
    }
  }
}

export async function createAccount(db: Db, workspaceId: string, fields: AccountFields) {
  return db.transaction(async (tx) => {
    await lockWorkspaceAccounts(tx, workspaceId);
    await assertFree(tx, workspaceId, fields);
    const [account] = await tx
      .insert(customerAccounts)
      .values({ workspaceId, ...fields })
      .returning();
    return account;
  });
}

// Returns false when the account is not one of this workspace's.
export async function updateAccount(db: Db, workspaceId: string, accountId: string, fields: AccountFields) {
  return db.transaction(async (tx) => {
    await lockWorkspaceAccounts(tx, workspaceId);
    await assertFree(tx, workspaceId, fields, accountId);
    const rows = await tx
      .update(customerAccounts)
      .set(fields)
      .where(and(builtIn(workspaceId), eq(customerAccounts.id, accountId)))
      .returning({ id: customerAccounts.id });
    return rows.length > 0;
  });
}

export async function deleteAccount(db: Db, workspaceId: string, accountId: string) {
  const rows = await db
    .delete(customerAccounts)
    .where(and(builtIn(workspaceId), eq(customerAccounts.id, accountId)))
    .returning({ id: customerAccounts.id });
  return rows.length > 0;
}

export interface AccountListItem extends AccountFields {
  id: string;
  owners: { userId: string; name: string }[];
  contacts: { id: string; email: string | null; phone: string | null; name: string | null }[];
}

// Accounts with owners and contacts in one query; search matches a name or a domain.
export async function listAccounts(
  db: Db,
  workspaceId: string,
  search = "",
  limit = 200,
): Promise<AccountListItem[]> {
  const term = search.trim().toLowerCase();
  // Plain SQL names: drizzle leaves columns unqualified in a one-table select, which the subqueries need.
  const owners = sql<AccountListItem["owners"]>`coalesce((
    select json_agg(json_build_object('userId', u.id, 'name', coalesce(u.name, u.email)) order by coalesce(u.name, u.email))
    from account_owners o join users u on u.id = o.user_id
    where o.account_id = customer_accounts.id), '[]'::json)`;
  const contacts = sql<AccountListItem["contacts"]>`coalesce((
    select json_agg(json_build_object('id', c.id, 'email', c.email, 'phone', c.phone, 'name', c.name) order by c.created_at, c.id)
    from account_contacts c where c.account_id = customer_accounts.id), '[]'::json)`;
  return db
    .select({
      id: customerAccounts.id,
      name: customerAccounts.name,
      domains: customerAccounts.domains,
      target: customerAccounts.target,
      owners,
      contacts,
    })
    .from(customerAccounts)
    .where(
      and(
        builtIn(workspaceId),
        term
          ? or(
              ilike(customerAccounts.name, `%${term.replace(/[%_\\]/g, "\\$&")}%`),
              sql`exists (select 1 from unnest(${customerAccounts.domains}) d where d like ${`%${term.replace(/[%_\\]/g, "\\$&")}%`})`,
            )
          : undefined,
      ),
    )
    .orderBy(asc(sql`lower(${customerAccounts.name})`))
    .limit(limit);
}

export async function countAccounts(db: Db, workspaceId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(customerAccounts)
    .where(builtIn(workspaceId));
  return row?.n ?? 0;
}
