// Argon2id (OWASP's first choice) through @node-rs/argon2: prebuilt, no node-gyp.
import { hash, verify } from "@node-rs/argon2";

export const MIN_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Verify against a fixed hash when the user has none, so timing does not reveal whether the email exists.
  const target = passwordHash ?? (await dummyHash());
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

let dummy: Promise<string> | undefined;
const dummyHash = () => {
  dummy ??= hash("herald-timing-equaliser");
  return dummy;
};
