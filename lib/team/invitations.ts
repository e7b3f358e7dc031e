// Inviting a teammate: one pending invitation per email, a new invitation replaces the old link.
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { createInvitation, findPendingInvitationByEmail, revokeInvitation } from "@/db/queries/invitations";
import { findMember } from "@/db/queries/members";
import { findUserByEmail, normalizeEmail } from "@/db/queries/users";
import type { Role } from "@/db/schema";
import { AppError } from "@/lib/errors";

export const invitationUrl = (appUrl: string, token: string) =>
  new URL(`/invite/${encodeURIComponent(token)}`, appUrl).toString();

export async function inviteTeammate(
  db: Db,
  workspaceId: string,
  params: { email: string; role: Role; invitedByUserId: string },
  now = new Date(),
) {
  const email = normalizeEmail(params.email);
  try {
    return await db.transaction(async (tx) => {
      const user = await findUserByEmail(tx, email);
      if (user && (await findMember(tx, workspaceId, user.id))) {
        const message = `${email} is already a member of this workspace.`;
        throw new AppError("CONFLICT", message, { email: message });
      }
      // Replacing (not refusing) lets an admin resend a lost or expired link; the old link stops working.
      const pending = await findPendingInvitationByEmail(tx, workspaceId, email);
      if (pending) await revokeInvitation(tx, workspaceId, pending.id);
      return createInvitation(tx, workspaceId, { ...params, email }, now);
    });
  } catch (error) {
    // Two admins inviting the same email at the same moment: the partial unique index lets one win.
    if (!isUniqueViolation(error)) throw error;
    const message = `An invitation for ${email} was just sent by someone else.`;
    throw new AppError("CONFLICT", message, { email: message });
  }
}
