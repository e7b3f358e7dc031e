// HubSpot OAuth: the authorize URL (on app.hubspot.com, or HUBSPOT_AUTHORIZE_URL), the code exchange and the
// refresh at the API host's token endpoint. v1 (`/oauth/v1/token`, form body) is the documented path until
// 2027-02-16; the v3 path is unconfirmed (PROVIDERS.md §5.1), so the path is one constant.
import { z } from "zod";
import { oauthTokenRequest } from "@/lib/crm/oauth-token-request";
import { HubSpotAuthError } from "./http";

export const HUBSPOT_DEFAULT_AUTHORIZE_URL = "https://app.hubspot.com";
export const HUBSPOT_TOKEN_PATH = "/oauth/v1/token";
export const HUBSPOT_SCOPES = [
  "crm.objects.companies.read",
  "crm.objects.contacts.read",
  "crm.objects.owners.read",
] as const;

export interface HubSpotApp {
  clientId: string;
  clientSecret: string;
  apiUrl: string; // the token endpoint's host (api.hubapi.com)
  authorizeUrl: string; // the consent page's host (app.hubspot.com)
}

export function hubspotAuthorizeUrl(app: HubSpotApp, p: { redirectUri: string; state: string }) {
  const url = new URL("/oauth/authorize", app.authorizeUrl);
  url.search = new URLSearchParams({
    client_id: app.clientId,
    redirect_uri: p.redirectUri,
    scope: HUBSPOT_SCOPES.join(" "),
    state: p.state,
  }).toString();
  return url.toString();
}

const tokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.number().optional(),
});

export interface HubSpotTokens {
  accessToken: string;
  refreshToken: string;
}

async function tokenRequest(app: HubSpotApp, form: Record<string, string>): Promise<HubSpotTokens> {
  // BAD_REFRESH_TOKEN, BAD_AUTH_CODE, an uninstalled app: only a new sign-in helps.
  const parsed = await oauthTokenRequest({
    url: new URL(HUBSPOT_TOKEN_PATH, app.apiUrl),
    client: app,
    form,
    vendor: "HubSpot",
    schema: tokenResponse,
    deadGrant: (detail) => new HubSpotAuthError(detail),
  });
  return { accessToken: parsed.access_token, refreshToken: parsed.refresh_token };
}

export const exchangeHubSpotCode = (app: HubSpotApp, p: { code: string; redirectUri: string }) =>
  tokenRequest(app, { grant_type: "authorization_code", code: p.code, redirect_uri: p.redirectUri });

export const refreshHubSpotTokens = (app: HubSpotApp, refreshToken: string) =>
  tokenRequest(app, { grant_type: "refresh_token", refresh_token: refreshToken });
