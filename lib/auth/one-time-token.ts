// Tokens sent to one person (a setup token, a password-reset link): random, and stored only as SHA-256, so a
// database leak gives nobody a usable one.
import { createHash, randomBytes } from "node:crypto";

export const hashOneTimeToken = (token: string) => createHash("sha256").update(token.trim()).digest("hex");

export function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashOneTimeToken(token) };
}
