// Where a delivery goes: a recipient's address, scoped to the delivery's workspace (a user through their
// membership, a visitor through their own row).
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, users, visitors } from "../schema";

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
  if (recipient.recipientVisitorId) {
    const [v] = await db
      .select({ email: visitors.email })
      .from(visitors)
      .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, recipient.recipientVisitorId)));
    return v?.email ?? undefined;
  }
  return undefined;
}
