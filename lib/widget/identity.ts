// Signed visitor identities: the customer's server signs who the visitor is with the workspace identity secret,
// so nobody can pose as a known account by calling Herald('identify') with someone else's email or phone.
// v2 signs email, phone, name and the time of signing; legacy v1 signed the email alone and never expired.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "@/db/client";
import { findWorkspace, replaceIdentitySecret, setIdentitySecretIfMissing } from "@/db/queries/workspaces";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { AppError } from "@/lib/errors";

// The email as both sides sign it: trimmed and lower-cased.
export const canonicalEmail = (email: string) => email.trim().toLowerCase();

const hmacHex = (secret: string, text: string) => createHmac("sha256", secret).update(text).digest("hex");

// Legacy (v1): hex HMAC-SHA256 of the canonical email alone, keyed with the identity secret.
export function identitySignature(secret: string, email: string): string {
  return hmacHex(secret, canonicalEmail(email));
}

// What v2 signs (docs/widget-api.md): five lines, each field trimmed, the email lower-cased, an absent field
// empty. The phone cannot hold a line break (schemas.ts), and the name comes last, so no two claims share a text.
export interface SignedClaim {
  email?: string;
  phone?: string;
  name?: string;
  issuedAt: number; // Unix time in seconds
}

export function identityPayloadV2(claim: SignedClaim): string {
  const { email, phone, name, issuedAt } = claim;
  return [
    "herald-identity-v2",
    String(issuedAt),
    canonicalEmail(email ?? ""),
    phone?.trim() ?? "",
    name?.trim() ?? "",
  ].join("\n");
}

export function identitySignatureV2(secret: string, claim: SignedClaim): string {
  return hmacHex(secret, identityPayloadV2(claim));
}

// Compared in constant time, so the response time does not reveal how much of a guess was right.
export function sameSignature(expectedHex: string, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(expectedHex, "hex");
  const given = Buffer.from(signature.trim().toLowerCase(), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function isValidIdentitySignature(secret: string, email: string, signature: string | undefined) {
  return sameSignature(identitySignature(secret, email), signature);
}

export const IDENTITY_MAX_AGE_SECONDS = 24 * 60 * 60;
const CLOCK_SKEW_SECONDS = 5 * 60; // a site's clock a little ahead of ours is not an attack

export type V2Check = "valid" | "expired" | "from_the_future" | "mismatch";

// A v2 signature is good for 24 hours after its issue time: a copied signature cannot be replayed for ever.
export function checkIdentitySignatureV2(
  secret: string,
  claim: SignedClaim,
  signature: string | undefined,
  now: Date,
): V2Check {
  if (!sameSignature(identitySignatureV2(secret, claim), signature)) return "mismatch";
  const age = Math.floor(now.getTime() / 1000) - claim.issuedAt;
  if (age > IDENTITY_MAX_AGE_SECONDS) return "expired";
  if (age < -CLOCK_SKEW_SECONDS) return "from_the_future";
  return "valid";
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
