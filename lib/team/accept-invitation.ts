// Accepting an invitation: a new account, or an existing account joining with its password.
// Nothing is created unless the invitation is still pending when the transaction commits.
import type { Db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { markInvitationAccepted } from "@/db/queries/invitations";
import { addMember, findMember } from "@/db/queries/members";
import { createUser, findUserByEmail } from "@/db/queries/users";
import type { Invitation } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkPasswordAttempt, waitInWords } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import { checkInvitation, invitationProblemMessage } from "./invitation-status";

export type Acceptance =
  | { kind: "new"; name: string; password: string }
  | { kind: "existing"; password: string };

const ACCOUNT_CHANGED = "Your account changed meanwhile: reload the page and try again.";

export async function acceptInvitation(db: Db, token: string, acceptance: Acceptance, now = new Date()) {
  const check = await checkInvitation(db, token, now);
  if (check.state !== "valid") throw new AppError("GONE", invitationProblemMessage[check.state]);
  const { invitation } = check;
  const user = await findUserByEmail(db, invitation.email);

  if (acceptance.kind === "existing") {
    if (!user) throw new AppError("CONFLICT", ACCOUNT_CHANGED);
    await checkPassword(db, invitation.email, user.passwordHash, acceptance.password);
    await db.transaction(async (tx) => {
      await claim(tx, invitation, now);
      if (!(await findMember(tx, invitation.workspaceId, user.id))) {
        await addMember(tx, invitation.workspaceId, user.id, invitation.role);
      }
    });
    return { userId: user.id, email: user.email };
  }

  if (user) throw new AppError("CONFLICT", ACCOUNT_CHANGED);
  // Hashing is slow (by design): done before the transaction so it holds no locks meanwhile.
  const passwordHash = await hashPassword(acceptance.password);
  try {
    return await db.transaction(async (tx) => {
      await claim(tx, invitation, now);
      const created = await createUser(tx, { email: invitation.email, name: acceptance.name, passwordHash });
      await addMember(tx, invitation.workspaceId, created.id, invitation.role);
      return { userId: created.id, email: created.email };
    });
  } catch (error) {
    // The same email signed up through another invitation at the same moment.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", ACCOUNT_CHANGED);
    throw error;
  }
}

// Marking accepted first makes the invitation row the lock: a second, concurrent acceptance finds it
// already used and its transaction creates nothing.
async function claim(tx: Db, invitation: Invitation, now: Date) {
  if (!(await markInvitationAccepted(tx, invitation.id, now))) {
    throw new AppError("GONE", invitationProblemMessage.used);
  }
}

// The same limits as the sign-in form: the invite page must not become a way around them.
async function checkPassword(db: Db, email: string, passwordHash: string | null, password: string) {
  const check = await checkPasswordAttempt(db, { email, ip: null }, () =>
    verifyPassword(passwordHash, password),
  );
  if ("retryAfterSeconds" in check) {
    throw new AppError(
      "RATE_LIMITED",
      `Too many failed attempts. Wait ${waitInWords(check.retryAfterSeconds)} and try again.`,
    );
  }
  if (!check.ok) {
    const message = passwordHash
      ? "Incorrect password."
      : "This account signs in with email links only, so it can’t accept with a password. Ask the admin who invited you for help.";
    throw new AppError("UNAUTHORIZED", message, { password: message });
  }
}
