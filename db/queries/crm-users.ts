// CRM users (owners) and their mapping to Herald members: by email automatically, or by an admin's choice,
// which later syncs keep.
import { and, eq, sql } from "drizzle-orm";
import type { CrmOwner } from "@/lib/crm/records";
import type { Db } from "../client";
import { accountOwners, crmUsers, customerAccounts, memberships, users } from "../schema";
import type { ConnectionRef } from "./crm-records";

export async function upsertCrmUsers(db: Db, conn: ConnectionRef, owners: CrmOwner[]) {
  if (owners.length === 0) return 0;
  const members = await db
    .select({ userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, conn.workspaceId));
  const memberByEmail = new Map(members.map((m) => [m.email.toLowerCase(), m.userId]));
  const unique = [...new Map(owners.map((o) => [o.crmId, o])).values()];
  await db
    .insert(crmUsers)
    .values(
      unique.map((o) => ({
        connectionId: conn.id,
        crmUserId: o.crmId,
        email: o.email,
        name: o.name,
        userId: (o.email && memberByEmail.get(o.email)) || null,
      })),
    )
    .onConflictDoUpdate({
      target: [crmUsers.connectionId, crmUsers.crmUserId],
      set: {
        email: sql`excluded.email`,
        name: sql`excluded.name`,
        userId: sql`case when ${crmUsers.mappedManually} then ${crmUsers.userId} else excluded.user_id end`,
        updatedAt: sql`now()`,
      },
    });
  return unique.length;
}

// userId null = "not a Herald user": the admin's choice is kept over the email match from now on.
export async function mapCrmUser(db: Db, connectionId: string, crmUserId: string, userId: string | null) {
  await db
    .update(crmUsers)
    .set({ userId, mappedManually: true, updatedAt: sql`now()` })
    .where(and(eq(crmUsers.connectionId, connectionId), eq(crmUsers.crmUserId, crmUserId)));
}

// The owners page: each CRM user with how many of this connection's accounts they own, most first.
export async function listCrmUsersWithAccountCounts(db: Db, connectionId: string) {
  const owned = db
    .select({ crmUserId: accountOwners.crmUserId, accounts: sql<number>`count(*)::int`.as("accounts") })
    .from(accountOwners)
    .innerJoin(customerAccounts, eq(customerAccounts.id, accountOwners.accountId))
    .where(eq(customerAccounts.crmConnectionId, connectionId))
    .groupBy(accountOwners.crmUserId)
    .as("owned");
  return db
    .select({
      crmUserId: crmUsers.crmUserId,
      email: crmUsers.email,
      name: crmUsers.name,
      userId: crmUsers.userId,
      mappedManually: crmUsers.mappedManually,
      accounts: sql<number>`coalesce(${owned.accounts}, 0)`,
    })
    .from(crmUsers)
    .leftJoin(owned, eq(owned.crmUserId, crmUsers.crmUserId))
    .where(eq(crmUsers.connectionId, connectionId))
    .orderBy(sql`coalesce(${owned.accounts}, 0) desc`, crmUsers.email);
}
