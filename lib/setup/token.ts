// The one-time token that guards /setup while no workspace exists: SETUP_TOKEN, or one generated at start and
// printed to the server log, which only the operator reads. Stored hashed; the first workspace consumes it.
import type { Db } from "@/db/client";
import { hasSetupToken, storeSetupTokenHash } from "@/db/queries/setup-token";
import { countWorkspaces } from "@/db/queries/workspaces";
import { hashOneTimeToken, newOneTimeToken } from "@/lib/auth/one-time-token";

export async function needsSetup(db: Db): Promise<boolean> {
  return (await countWorkspaces(db)) === 0;
}

// At start (fresh = true) a new token replaces any older one; from /setup (fresh = false, e.g. on Vercel,
// where no start script runs) one is made only if none is stored. Returns the token to print, if one was
// generated here; SETUP_TOKEN is the operator's own and is never printed.
export async function issueSetupToken(
  db: Db,
  { configured, fresh }: { configured?: string; fresh: boolean },
): Promise<string | null> {
  if (!(await needsSetup(db))) return null;
  if (!fresh && (await hasSetupToken(db))) return null;
  const token = configured ?? newOneTimeToken().token;
  const stored = await storeSetupTokenHash(db, hashOneTimeToken(token), { replace: fresh });
  return stored && !configured ? token : null;
}

export const setupTokenMessage = (appUrl: string, token: string) =>
  `Herald: no workspace yet. Open ${new URL("/setup", appUrl)} and enter the setup token: ${token}`;
