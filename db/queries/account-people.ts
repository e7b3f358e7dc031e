// Who owns an account and who its contacts are. Every write checks the account (and the owners) belong
// to the workspace, so an id from another workspace changes nothing.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { normalizeEmail, normalizePhone } from "@/lib/accounts/contact";
import { AppError } from "@/lib/errors";
import type { Db } from "../client";
import { accountContacts, accountOwners, customerAccounts, memberships } from "../schema";

// Built-in accounts only: a CRM's accounts, owners and contacts are the sync's (lib/crm/).
async function assertAccount(db: Db, workspaceId: string, accountId: string) {
  const [account] = await db
    .select({ id: customerAccounts.id })
    .from(customerAccounts)
    .where(
      and(
        eq(customerAccounts.workspaceId, workspaceId),
        eq(customerAccounts.id, accountId),
        isNull(customerAccounts.crmConnectionId),
      ),
    );
  if (!account) throw new AppError("NOT_FOUND", "This account no longer exists");
}

// Replaces the owners; each must be a member of the workspace.
export async function setAccountOwners(db: Db, workspaceId: string, accountId: string, userIds: string[]) {
  await db.transaction(async (tx) => {
    await assertAccount(tx, workspaceId, accountId);
    const unique = [...new Set(userIds)];
    if (unique.length) {
      const members = await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, unique)));
      if (members.length !== unique.length) {
        throw new AppError("BAD_REQUEST", "Owners must be members of this workspace", {
          owners: "Owners must be members of this workspace",
        });
      }
    }
    await tx.delete(accountOwners).where(eq(accountOwners.accountId, accountId));
    if (unique.length) {
      await tx.insert(accountOwners).values(unique.map((userId) => ({ workspaceId, accountId, userId })));
    }
  });
}

export interface ContactFields {
  email: string | null;
  phone: string | null;
  name: string | null;
}

export async function addAccountContact(
  db: Db,
  workspaceId: string,
  accountId: string,
  contact: ContactFields,
) {
  await assertAccount(db, workspaceId, accountId);
  const [row] = await db
    .insert(accountContacts)
    .values({
      workspaceId,
      accountId,
      name: contact.name,
      email: contact.email ? normalizeEmail(contact.email) : null,
      phone: contact.phone ? normalizePhone(contact.phone) : null,
    })
    .returning();
  return row;
}

export async function removeAccountContact(db: Db, workspaceId: string, contactId: string) {
  const rows = await db
    .delete(accountContacts)
    .where(
      and(
        eq(accountContacts.workspaceId, workspaceId),
        eq(accountContacts.id, contactId),
        isNull(accountContacts.crmConnectionId),
      ),
    )
    .returning({ id: accountContacts.id });
  return rows.length > 0;
}
