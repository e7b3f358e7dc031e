// Secrets for the embedded defaults: generated once into .data/ so `npm run dev` needs no configuration.
// Production never uses these: lib/env.ts requires the real variables there.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const dataDir = () => path.resolve(process.env.HERALD_DATA_DIR ?? ".data");

export function readOrCreateLocalSecret(
  name: string,
  bytes = 32,
  encoding: BufferEncoding = "base64url",
): string {
  const file = path.join(dataDir(), name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir(), { recursive: true });
  const secret = randomBytes(bytes).toString(encoding);
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
