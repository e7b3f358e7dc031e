// The account of a visitor, as one SQL subquery: a contact with the visitor's email or phone first,
// otherwise an account holding the email's domain (free-mail domains never match). Used alone by
// accountOfVisitor and correlated per row by Live Views, so neither adds a query per visitor.
import { type SQL, sql } from "drizzle-orm";
import { FREE_MAIL_DOMAINS } from "@/lib/accounts/domains";
import { accountContacts, customerAccounts } from "../schema";

// The same form lib/accounts/contact.ts stores: digits, with a leading + kept.
export const normalizedPhoneSql = (phone: SQL | SQL.Aliased | unknown) =>
  sql`(case when left(trim(${phone}), 1) = '+' then '+' else '' end || regexp_replace(${phone}, '[^0-9]', '', 'g'))`;

export function matchedAccountSql(
  select: "id" | "name",
  workspaceId: SQL | unknown,
  email: SQL | unknown,
  phone: SQL | unknown,
): SQL {
  const contactMatch = sql`exists (select 1 from ${accountContacts} c
      where c.account_id = a.id and (c.email = lower(trim(${email})) or c.phone = ${phone}))`;
  const domain = sql`split_part(lower(trim(${email})), '@', 2)`;
  return sql`(select a.${sql.raw(select)} from ${customerAccounts} a
    where a.workspace_id = ${workspaceId}
      and (${contactMatch} or (${domain} <> '' and ${domain} not in ${[...FREE_MAIL_DOMAINS]} and ${domain} = any(a.domains)))
    order by ${contactMatch} desc, a.created_at, a.id
    limit 1)`;
}
