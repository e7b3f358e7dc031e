import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { invitations, type Role, workspaces } from "../schema";
import { normalizeEmail } from "./users";

export const INVITATION_TTL_DAYS = 7;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

// Returns the raw token once; only its hash is stored.
export async function createInvitation(
  db: Db,
  workspaceId: string,
  params: { email: string; role: Role; invitedByUserId: string },
  now = new Date(),
) {
  const token = randomBytes(32).toString("base64url");
  const [invitation] = await db
    .insert(invitations)
    .values({
      workspaceId,
      email: normalizeEmail(params.email),
      role: params.role,
      invitedByUserId: params.invitedByUserId,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000),
    })
    .returning();
  return { invitation, token };
}

export async function listPendingInvitations(db: Db, workspaceId: string, now = new Date()) {
  return db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

export async function findPendingInvitationByEmail(db: Db, workspaceId: string, email: string) {
  const [inv] = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        eq(invitations.email, normalizeEmail(email)),
        isNull(invitations.acceptedAt),
      ),
    );
  return inv;
}

// Deletes a pending invitation; used for revoke and to replace an expired one.
export async function revokeInvitation(db: Db, workspaceId: string, invitationId: string) {
  const rows = await db
    .delete(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        eq(invitations.id, invitationId),
        isNull(invitations.acceptedAt),
      ),
    )
    .returning({ id: invitations.id });
  return rows.length > 0;
}

// Looked up by token (the token is the capability), with the workspace name for the accept page.
export async function findInvitationByToken(db: Db, token: string) {
  const [row] = await db
    .select({ invitation: invitations, workspaceName: workspaces.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  return row;
}

// Marks accepted only if still pending: two tabs accepting at once create one account.
export async function markInvitationAccepted(db: Db, invitationId: string, now = new Date()) {
  const rows = await db
    .update(invitations)
    .set({ acceptedAt: now })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  return rows.length > 0;
}
