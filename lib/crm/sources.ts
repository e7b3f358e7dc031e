// The CRM client behind a connection: tokens decrypted here, server-side only, never logged.
import type { Db } from "@/db/client";
import { findCrmConnection } from "@/db/queries/crm-connections";
import type { CrmConnection } from "@/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { HUBSPOT_DEFAULT_API_URL, HubSpotClient } from "@/lib/integrations/hubspot/client";
import { HubSpotAuthError } from "@/lib/integrations/hubspot/http";
import {
  HUBSPOT_DEFAULT_AUTHORIZE_URL,
  type HubSpotApp,
  refreshHubSpotTokens,
} from "@/lib/integrations/hubspot/oauth";
import { PARDOT_DEFAULT_API_URL, PardotClient } from "@/lib/integrations/pardot/client";
import { SalesforceClient } from "@/lib/integrations/salesforce/client";
import {
  refreshTokens,
  SALESFORCE_DEFAULT_LOGIN_URL,
  type SalesforceApp,
  SalesforceAuthError,
} from "@/lib/integrations/salesforce/oauth";
import { CrmAuthError } from "./errors";
import { oauthSession } from "./oauth-session";
import type { CrmSource } from "./records";

// The Salesforce app Herald signs in with; null until SALESFORCE_CLIENT_ID/SECRET are set.
export function salesforceApp(): SalesforceApp | null {
  const e = env();
  if (!e.SALESFORCE_CLIENT_ID || !e.SALESFORCE_CLIENT_SECRET) return null;
  return {
    loginUrl: e.SALESFORCE_LOGIN_URL ?? SALESFORCE_DEFAULT_LOGIN_URL,
    clientId: e.SALESFORCE_CLIENT_ID,
    clientSecret: e.SALESFORCE_CLIENT_SECRET,
  };
}

// The HubSpot app admins sign in through; null until HUBSPOT_CLIENT_ID/SECRET are set (then only the token).
export function hubspotApp(): HubSpotApp | null {
  const e = env();
  if (!e.HUBSPOT_CLIENT_ID || !e.HUBSPOT_CLIENT_SECRET) return null;
  return {
    clientId: e.HUBSPOT_CLIENT_ID,
    clientSecret: e.HUBSPOT_CLIENT_SECRET,
    apiUrl: e.HUBSPOT_API_URL ?? HUBSPOT_DEFAULT_API_URL,
    authorizeUrl: e.HUBSPOT_AUTHORIZE_URL ?? HUBSPOT_DEFAULT_AUTHORIZE_URL,
  };
}

// A HubSpot connection's token: an OAuth grant refreshes (serialised like Salesforce's), a pasted one cannot.
export function hubspotToken(db: Db, connection: CrmConnection, inFlight?: Map<string, Promise<string>>) {
  const app = hubspotApp();
  if (!connection.refreshTokenEncrypted) return decryptSecret(connection.accessTokenEncrypted);
  // An OAuth connection whose app was unconfigured since: nothing to refresh with, so a 401 asks to reconnect.
  const grant = {
    refresh: async (token: string) => {
      if (!app) throw new HubSpotAuthError("HUBSPOT_CLIENT_ID is no longer set");
      return refreshHubSpotTokens(app, token);
    },
    deadGrant: (detail: string) => new HubSpotAuthError(detail),
  };
  return oauthSession(db, connection.id, grant, inFlight);
}

// A Salesforce connection's session; Pardot borrows it, so a refresh by either is one refresh.
export const salesforceSession = (
  db: Db,
  connectionId: string,
  app: SalesforceApp,
  inFlight?: Map<string, Promise<string>>,
) =>
  oauthSession(
    db,
    connectionId,
    { refresh: (token) => refreshTokens(app, token), deadGrant: (detail) => new SalesforceAuthError(detail) },
    inFlight,
  );

export async function crmSourceFor(db: Db, connection: CrmConnection): Promise<CrmSource> {
  if (connection.provider === "hubspot") {
    return new HubSpotClient({
      baseUrl: env().HUBSPOT_API_URL ?? HUBSPOT_DEFAULT_API_URL,
      token: hubspotToken(db, connection),
    });
  }
  const app = salesforceApp();
  if (!app) throw new AppError("CONFLICT", "Salesforce is not configured (SALESFORCE_CLIENT_ID/SECRET)");
  if (connection.provider === "salesforce")
    return new SalesforceClient(salesforceSession(db, connection.id, app));
  // Pardot signs in through the workspace's Salesforce connection.
  const salesforce = await findCrmConnection(db, connection.workspaceId, "salesforce");
  if (!salesforce || !connection.businessUnitId) {
    throw new CrmAuthError("Pardot needs a Salesforce connection and a Business Unit ID: reconnect");
  }
  return new PardotClient(salesforceSession(db, salesforce.id, app), {
    baseUrl: env().PARDOT_API_URL ?? PARDOT_DEFAULT_API_URL,
    businessUnitId: connection.businessUnitId,
  });
}
