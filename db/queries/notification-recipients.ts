// Where a delivery goes: a recipient's address, scoped to the delivery's workspace (a user through their
// membership, a visitor through their own row).
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, users } from "../schema";
import { findVisitorContactEmail } from "./follow-ups";

export async function findEmailAddressOf(
  db: Db,
  workspaceId: string,
  recipient: { recipientUserId: string | null; recipientVisitorId: string | null },
): Promise<string | undefined> {
  if (recipient.recipientUserId) {
    const [u] = await db
      .select({ email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, recipient.recipientUserId)),
      );
    return u?.email;
  }
  // A visitor's follow-up goes to the contact they gave (unverified or signed), never after a bounce (FU9).
  if (recipient.recipientVisitorId) {
    return (await findVisitorContactEmail(db, workspaceId, recipient.recipientVisitorId)) ?? undefined;
  }
  return undefined;
}
