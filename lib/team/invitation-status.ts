// What an invitation link is worth right now, for the accept page and for accepting it.
import type { Db } from "@/db/client";
import { findInvitationByToken } from "@/db/queries/invitations";
import { findUserByEmail } from "@/db/queries/users";
import type { Invitation } from "@/db/schema";

export type InvitationProblem = "invalid" | "expired" | "used";

export type InvitationCheck =
  | { state: InvitationProblem }
  | { state: "valid"; invitation: Invitation; workspaceName: string; hasAccount: boolean };

// Each problem says which one it is, so the invitee knows whether to sign in or ask for a new link.
export const invitationProblemMessage: Record<InvitationProblem, string> = {
  invalid:
    "This invitation link isn’t valid. It may have been revoked or replaced by a newer one: ask an admin of your workspace to invite you again.",
  expired: "This invitation has expired. Ask an admin of your workspace to invite you again.",
  used: "This invitation was already used. Sign in with the account it created.",
};

export function problemOf(invitation: Invitation, now: Date): InvitationProblem | null {
  if (invitation.acceptedAt) return "used";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return null;
}

export async function checkInvitation(db: Db, token: string, now = new Date()): Promise<InvitationCheck> {
  const row = await findInvitationByToken(db, token);
  if (!row) return { state: "invalid" };
  const problem = problemOf(row.invitation, now);
  if (problem) return { state: problem };
  const user = await findUserByEmail(db, row.invitation.email);
  return { state: "valid", invitation: row.invitation, workspaceName: row.workspaceName, hasAccount: !!user };
}
