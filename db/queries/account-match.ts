// The account of a visitor, as one SQL subquery: a contact with the visitor's email or phone first,
// otherwise an account holding the email's domain (free-mail domains never match). Used alone by
// accountOfVisitor and correlated per row by Live Views, so neither adds a query per visitor.
import { type SQL, sql } from "drizzle-orm";
import { FREE_MAIL_DOMAINS } from "@/lib/accounts/domains";
import { accountContacts, customerAccounts } from "../schema";

// The same form lib/accounts/contact.ts stores: digits, with a leading + kept.
export const normalizedPhoneSql = (phone: SQL | SQL.Aliased | unknown) =>
  sql`(case when left(trim(${phone}), 1) = '+' then '+' else '' end || regexp_replace(${phone}, '[^0-9]', '', 'g'))`;

// The accounts a visitor may belong to, each with whether a contact matched (else the email's domain did),
// found through the indexes: contacts by (workspace, email) and (workspace, phone), domains by their GIN index
// (`@>`; `= any(domains)` cannot use it). Regression (account match scanned every account): the match used to
// test every account of the workspace, an EXISTS per account, for every Live Views row and every page view's
// publication: 5-17 ms at 3,000 CRM accounts, and linear in them (a CRM sync brings hundreds of thousands).
function candidates(workspaceId: SQL | unknown, email: SQL | unknown, phone: SQL | unknown) {
  const domain = sql`split_part(lower(trim(${email})), '@', 2)`;
  return sql`(select c.account_id as id, true as by_contact from ${accountContacts} c
      where c.workspace_id = ${workspaceId} and (c.email = lower(trim(${email})) or c.phone = ${phone})
    union all
    select d.id, false from ${customerAccounts} d
      where d.workspace_id = ${workspaceId} and ${domain} <> '' and ${domain} not in ${[...FREE_MAIL_DOMAINS]}
        and d.domains @> array[${domain}])`;
}

// Each candidate's account, looked up by id (lateral: the few candidates drive, never a scan of the accounts).
const accountOf = (workspaceId: SQL | unknown) =>
  sql`join lateral (select x.id, x.name, x.created_at, x.crm_connection_id from ${customerAccounts} x
      where x.id = m.id and x.workspace_id = ${workspaceId}) a on true`;

// The visitor's account: a contact's first, else a domain's; the oldest account breaks ties.
export function matchedAccountSql(
  select: "id" | "name",
  workspaceId: SQL | unknown,
  email: SQL | unknown,
  phone: SQL | unknown,
): SQL {
  return sql`(select a.${sql.raw(select)} from ${candidates(workspaceId, email, phone)} m
    ${accountOf(workspaceId)}
    order by m.by_contact desc, a.created_at, a.id
    limit 1)`;
}

// LV2 with several sources: the visitor's best account in each source (built-in, each CRM connection), so the
// owners of every source can be told.
export function matchedAccountPerSourceSql(
  workspaceId: SQL | unknown,
  email: SQL | unknown,
  phone: SQL | unknown,
) {
  return sql`(select distinct on (a.crm_connection_id) a.id from ${candidates(workspaceId, email, phone)} m
    ${accountOf(workspaceId)}
    order by a.crm_connection_id, m.by_contact desc, a.created_at, a.id)`;
}
