// Connecting Salesforce: the OAuth web-server flow with PKCE. The state (bound to the admin, single use,
// lib/crm/oauth-state.ts) keeps the verifier; the callback checks the state, exchanges the code and stores both
// tokens and the instance_url, encrypted.
import type { Db } from "@/db/client";
import { saveOAuthCrmConnection } from "@/db/queries/crm-connections";
import { encryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authorizeUrl, exchangeCode, pkcePair } from "@/lib/integrations/salesforce/oauth";
import { type OAuthAdmin, type OAuthCallback, startOAuthState, takeOAuthCallback } from "./oauth-state";
import { crmReconnected } from "./reconnect";
import { salesforceApp } from "./sources";

const CALLBACK_PATH = "/api/integrations/salesforce/callback";

const redirectUri = () => new URL(CALLBACK_PATH, env().APP_URL).toString();

function configuredApp() {
  const app = salesforceApp();
  if (!app)
    throw new AppError("NOT_FOUND", "Salesforce is not configured: set SALESFORCE_CLIENT_ID and SECRET");
  return app;
}

export async function beginSalesforceConnect(db: Db, admin: OAuthAdmin) {
  const app = configuredApp();
  const { verifier, challenge } = pkcePair();
  const state = await startOAuthState(db, admin, "salesforce", verifier);
  return authorizeUrl(app, { redirectUri: redirectUri(), state, challenge });
}

export async function finishSalesforceConnect(db: Db, admin: OAuthAdmin, callback: OAuthCallback) {
  const app = configuredApp();
  const { code, verifier } = await takeOAuthCallback(db, admin, "salesforce", callback);
  if (!verifier)
    throw new AppError("BAD_REQUEST", "This Salesforce sign-in lost its PKCE verifier: connect again");
  const tokens = await exchangeCode(app, { code, redirectUri: redirectUri(), verifier });
  const connection = await saveOAuthCrmConnection(db, admin.workspaceId, "salesforce", {
    accessTokenEncrypted: encryptSecret(tokens.accessToken),
    refreshTokenEncrypted: tokens.refreshToken ? encryptSecret(tokens.refreshToken) : null,
    instanceUrl: tokens.instanceUrl,
  });
  return crmReconnected(db, connection);
}
