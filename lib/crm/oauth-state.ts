// The `state` of a CRM OAuth sign-in: random, stored for the admin who started it, valid 10 minutes and once.
// A callback carrying a state this admin did not start here (another admin's, a replayed or an expired one) is
// refused before any code is exchanged.
import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { saveCrmOAuthState, takeCrmOAuthState } from "@/db/queries/crm-oauth-states";
import type { CrmProvider } from "@/db/schema";
import { AppError } from "@/lib/errors";

export const OAUTH_STATE_TTL_MS = 10 * 60_000;

export interface OAuthAdmin {
  workspaceId: string;
  userId: string;
}

export async function startOAuthState(
  db: Db,
  admin: OAuthAdmin,
  provider: CrmProvider,
  verifier: string | null = null,
  now = new Date(),
) {
  const state = randomBytes(24).toString("base64url");
  await saveCrmOAuthState(db, {
    state,
    ...admin,
    provider,
    verifier,
    expiresAt: new Date(now.getTime() + OAUTH_STATE_TTL_MS),
  });
  return state;
}

export interface OAuthCallback {
  code: string | null;
  state: string | null;
  error: string | null;
}

// The callback's code and the stored sign-in it belongs to; refuses the CRM's "denied" and any unknown state.
export async function takeOAuthCallback(db: Db, admin: OAuthAdmin, provider: CrmProvider, p: OAuthCallback) {
  const name = provider === "hubspot" ? "HubSpot" : "Salesforce";
  if (p.error) throw new AppError("BAD_REQUEST", `${name} did not authorise Herald (${p.error})`);
  const started = p.state ? await takeCrmOAuthState(db, { state: p.state, ...admin, provider }) : undefined;
  if (!started || !p.code) {
    throw new AppError(
      "BAD_REQUEST",
      `This ${name} sign-in expired or was not started by you: connect again`,
      {
        state: "Does not match a sign-in you started in the last 10 minutes",
      },
    );
  }
  return { code: p.code, verifier: started.verifier };
}
