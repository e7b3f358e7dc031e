// Which account (company) a visitor belongs to, in the shape the notification planner reads (AccountFacts,
// lib/notifications/planner/snapshot.ts) plus the name Live Views shows. One query.
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { matchedAccountSql } from "@/db/queries/account-match";
import { customerAccounts } from "@/db/schema";
import { normalizeEmail, normalizePhone } from "./contact";

export interface MatchedAccount {
  id: string;
  name: string;
  target: boolean;
  // crmUserId is null for owners set in Settings → Accounts (no CRM behind the built-in source).
  owners: { crmUserId: string | null; userId: string | null }[];
}

export async function accountOfVisitor(
  db: Db,
  workspaceId: string,
  visitor: { email: string | null; phone: string | null },
): Promise<MatchedAccount | null> {
  const email = visitor.email ? normalizeEmail(visitor.email) : null;
  const phone = visitor.phone ? normalizePhone(visitor.phone) : null;
  if (!email && !phone) return null;
  const matched = matchedAccountSql(
    "id",
    sql`${workspaceId}::uuid`,
    sql`${email}::text`,
    sql`${phone}::text`,
  );
  const owners = sql<MatchedAccount["owners"]>`coalesce((
    select json_agg(json_build_object('crmUserId', o.crm_user_id, 'userId', o.user_id) order by o.user_id)
    from account_owners o where o.account_id = customer_accounts.id), '[]'::json)`;
  const [account] = await db
    .select({ id: customerAccounts.id, name: customerAccounts.name, target: customerAccounts.target, owners })
    .from(customerAccounts)
    .where(sql`${customerAccounts.id} = ${matched}`);
  return account ?? null;
}
