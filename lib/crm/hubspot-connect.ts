// Connecting HubSpot by OAuth: the admin is sent to HubSpot's consent page with a state bound to them
// (lib/crm/oauth-state.ts); the callback exchanges the code and stores both tokens, encrypted. The token-paste
// path (lib/crm/connect.ts) stays for self-hosted installs without a HubSpot app.
import type { Db } from "@/db/client";
import { saveOAuthCrmConnection } from "@/db/queries/crm-connections";
import { encryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { exchangeHubSpotCode, hubspotAuthorizeUrl } from "@/lib/integrations/hubspot/oauth";
import { type OAuthAdmin, type OAuthCallback, startOAuthState, takeOAuthCallback } from "./oauth-state";
import { crmReconnected } from "./reconnect";
import { hubspotApp } from "./sources";

export const HUBSPOT_CALLBACK_PATH = "/api/integrations/hubspot/callback";

const redirectUri = () => new URL(HUBSPOT_CALLBACK_PATH, env().APP_URL).toString();

function configuredApp() {
  const app = hubspotApp();
  if (!app)
    throw new AppError("NOT_FOUND", "HubSpot OAuth is not configured: set HUBSPOT_CLIENT_ID and SECRET");
  return app;
}

export async function beginHubSpotConnect(db: Db, admin: OAuthAdmin) {
  const app = configuredApp();
  const state = await startOAuthState(db, admin, "hubspot");
  return hubspotAuthorizeUrl(app, { redirectUri: redirectUri(), state });
}

export async function finishHubSpotConnect(db: Db, admin: OAuthAdmin, callback: OAuthCallback) {
  const app = configuredApp();
  const { code } = await takeOAuthCallback(db, admin, "hubspot", callback);
  const tokens = await exchangeHubSpotCode(app, { code, redirectUri: redirectUri() });
  const connection = await saveOAuthCrmConnection(db, admin.workspaceId, "hubspot", {
    accessTokenEncrypted: encryptSecret(tokens.accessToken),
    refreshTokenEncrypted: encryptSecret(tokens.refreshToken),
    instanceUrl: null,
  });
  return crmReconnected(db, connection);
}
