// The account of a visitor, as one SQL subquery: a contact with the visitor's email or phone first,
// otherwise an account holding the email's domain (free-mail domains never match). Used alone by
// accountOfVisitor and correlated per row by Live Views, so neither adds a query per visitor.
import { type SQL, sql } from "drizzle-orm";
import { FREE_MAIL_DOMAINS } from "@/lib/accounts/domains";
import { accountContacts, customerAccounts } from "../schema";

// The same form lib/accounts/contact.ts stores: digits, with a leading + kept.
export const normalizedPhoneSql = (phone: SQL | SQL.Aliased | unknown) =>
  sql`(case when left(trim(${phone}), 1) = '+' then '+' else '' end || regexp_replace(${phone}, '[^0-9]', '', 'g'))`;

function matchParts(workspaceId: SQL | unknown, email: SQL | unknown, phone: SQL | unknown) {
  const contactMatch = sql`exists (select 1 from ${accountContacts} c
      where c.account_id = a.id and (c.email = lower(trim(${email})) or c.phone = ${phone}))`;
  const domain = sql`split_part(lower(trim(${email})), '@', 2)`;
  const where = sql`a.workspace_id = ${workspaceId}
      and (${contactMatch} or (${domain} <> '' and ${domain} not in ${[...FREE_MAIL_DOMAINS]} and ${domain} = any(a.domains)))`;
  return { contactMatch, where };
}

export function matchedAccountSql(
  select: "id" | "name",
  workspaceId: SQL | unknown,
  email: SQL | unknown,
  phone: SQL | unknown,
): SQL {
  const { contactMatch, where } = matchParts(workspaceId, email, phone);
  return sql`(select a.${sql.raw(select)} from ${customerAccounts} a
    where ${where}
    order by ${contactMatch} desc, a.created_at, a.id
    limit 1)`;
}

// LV2 with several sources: the visitor's best account in each source (built-in, each CRM connection), so the
// owners of every source can be told.
export function matchedAccountPerSourceSql(
  workspaceId: SQL | unknown,
  email: SQL | unknown,
  phone: SQL | unknown,
) {
  const { contactMatch, where } = matchParts(workspaceId, email, phone);
  return sql`(select distinct on (a.crm_connection_id) a.id from ${customerAccounts} a
    where ${where}
    order by a.crm_connection_id, ${contactMatch} desc, a.created_at, a.id)`;
}
