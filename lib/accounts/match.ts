// Which account (company) a visitor belongs to, in the shape the notification planner reads (AccountFacts,
// lib/notifications/planner/snapshot.ts) plus the name Live Views shows. One query.
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { matchedAccountPerSourceSql, matchedAccountSql } from "@/db/queries/account-match";
import { customerAccounts } from "@/db/schema";
import { normalizeEmail, normalizePhone } from "./contact";

export interface MatchedAccount {
  id: string;
  name: string;
  target: boolean;
  // crmUserId is null for owners set in Settings → Accounts (no CRM behind the built-in source); mappingId is
  // the owner's crm_users row (their mapping), null for those and for a CRM user not synced.
  owners: { crmUserId: string | null; mappingId: string | null; userId: string | null }[];
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
  // LV2: owners of the visitor's account in every source whose Account-Based Routing is on; a CRM owner's chat
  // user comes from its mapping (crm_users), null while unmapped.
  const perSource = matchedAccountPerSourceSql(
    sql`${workspaceId}::uuid`,
    sql`${email}::text`,
    sql`${phone}::text`,
  );
  const owners = sql<MatchedAccount["owners"]>`coalesce((
    select json_agg(distinct jsonb_build_object('crmUserId', o.crm_user_id, 'mappingId', cu.id, 'userId', coalesce(o.user_id, cu.user_id)))
    from account_owners o
    join customer_accounts oa on oa.id = o.account_id
    left join crm_users cu on cu.connection_id = oa.crm_connection_id and cu.crm_user_id = o.crm_user_id
    where oa.id in ${perSource}
      and case when oa.crm_connection_id is null
        then coalesce((select s.account_based_routing from account_source_settings s where s.workspace_id = oa.workspace_id), false)
        else (select cc.account_based_routing from crm_connections cc where cc.id = oa.crm_connection_id) end
    ), '[]'::json)`;
  const [account] = await db
    .select({ id: customerAccounts.id, name: customerAccounts.name, target: customerAccounts.target, owners })
    .from(customerAccounts)
    .where(sql`${customerAccounts.id} = ${matched}`);
  return account ?? null;
}
