// Signed visitor identities: the customer's server signs the visitor's email with the workspace identity
// secret, so nobody can pose as a known account by calling Herald('identify') with someone else's email.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "@/db/client";
import { findWorkspace, replaceIdentitySecret, setIdentitySecretIfMissing } from "@/db/queries/workspaces";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { AppError } from "@/lib/errors";

// The email as both sides sign it: trimmed and lower-cased.
export const canonicalEmail = (email: string) => email.trim().toLowerCase();

// Hex HMAC-SHA256 of the canonical email, keyed with the identity secret (docs/widget-api.md).
export function identitySignature(secret: string, email: string): string {
  return createHmac("sha256", secret).update(canonicalEmail(email)).digest("hex");
}

export function isValidIdentitySignature(secret: string, email: string, signature: string | undefined) {
  if (!signature) return false;
  const expected = Buffer.from(identitySignature(secret, email), "hex");
  const given = Buffer.from(signature.trim().toLowerCase(), "hex");
  // Compared in constant time, so the response time does not reveal how much of a guess was right.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const newSecret = () => `hs_${randomBytes(32).toString("hex")}`;

// The workspace's identity secret, created on first use. Two first uses at once agree on one secret: only
// the first write lands, and both read back what was stored.
export async function identitySecretOf(db: Db, workspaceId: string): Promise<string> {
  let workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw new AppError("NOT_FOUND", "No such workspace");
  if (!workspace.identitySecretEncrypted) {
    await setIdentitySecretIfMissing(db, workspaceId, encryptSecret(newSecret()));
    workspace = await findWorkspace(db, workspaceId);
  }
  if (!workspace?.identitySecretEncrypted) throw new Error("identity secret was not stored");
  return decryptSecret(workspace.identitySecretEncrypted);
}

// A new secret: signatures made with the old one stop working at once.
export async function rotateIdentitySecret(db: Db, workspaceId: string): Promise<void> {
  await replaceIdentitySecret(db, workspaceId, encryptSecret(newSecret()));
}
