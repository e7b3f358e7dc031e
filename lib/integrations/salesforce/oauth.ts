// Salesforce OAuth 2.0 web-server flow with PKCE: the authorize URL, the code exchange and the refresh. Calls
// go to the login host (SALESFORCE_LOGIN_URL: login.salesforce.com, test.salesforce.com or a My Domain).
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { CrmAuthError } from "@/lib/crm/errors";
import { oauthTokenRequest } from "@/lib/crm/oauth-token-request";

export const SALESFORCE_DEFAULT_LOGIN_URL = "https://login.salesforce.com";

// The refresh token is dead (revoked, expired, or rotated away): only an admin's reconnect helps.
export class SalesforceAuthError extends CrmAuthError {
  constructor(detail: string) {
    super(`Salesforce refused the credentials (${detail}): reconnect the integration.`);
  }
}

export interface SalesforceApp {
  loginUrl: string;
  clientId: string;
  clientSecret: string;
}

export const pkcePair = () => {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
};

export function authorizeUrl(
  app: SalesforceApp,
  p: { redirectUri: string; state: string; challenge: string },
) {
  const url = new URL("/services/oauth2/authorize", app.loginUrl);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: app.clientId,
    redirect_uri: p.redirectUri,
    scope: "api refresh_token",
    state: p.state,
    code_challenge: p.challenge,
    code_challenge_method: "S256",
  }).toString();
  return url.toString();
}

const tokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  instance_url: z.url(),
});

export interface SalesforceTokens {
  accessToken: string;
  // Present on the code exchange, and on a refresh only with Refresh Token Rotation (the old one then dies).
  refreshToken?: string;
  instanceUrl: string;
}

async function tokenRequest(app: SalesforceApp, form: Record<string, string>): Promise<SalesforceTokens> {
  const parsed = await oauthTokenRequest({
    url: new URL("/services/oauth2/token", app.loginUrl),
    client: app,
    form,
    vendor: "Salesforce",
    schema: tokenResponse,
    deadGrant: (detail) => new SalesforceAuthError(detail),
  });
  return {
    accessToken: parsed.access_token,
    refreshToken: parsed.refresh_token,
    instanceUrl: parsed.instance_url,
  };
}

export const exchangeCode = (
  app: SalesforceApp,
  p: { code: string; redirectUri: string; verifier: string },
) =>
  tokenRequest(app, {
    grant_type: "authorization_code",
    code: p.code,
    redirect_uri: p.redirectUri,
    code_verifier: p.verifier,
  });

export const refreshTokens = (app: SalesforceApp, refreshToken: string) =>
  tokenRequest(app, { grant_type: "refresh_token", refresh_token: refreshToken });
