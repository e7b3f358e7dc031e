// The CRM client behind a connection: tokens decrypted here, server-side only, never logged.
import type { Db } from "@/db/client";
import type { CrmConnection } from "@/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { HUBSPOT_DEFAULT_API_URL, HubSpotClient } from "@/lib/integrations/hubspot/client";
import { SalesforceClient } from "@/lib/integrations/salesforce/client";
import { SALESFORCE_DEFAULT_LOGIN_URL, type SalesforceApp } from "@/lib/integrations/salesforce/oauth";
import type { CrmSource } from "./records";
import { salesforceSession } from "./salesforce-session";

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

export function crmSourceFor(db: Db, connection: CrmConnection): CrmSource {
  if (connection.provider === "hubspot") {
    return new HubSpotClient({
      baseUrl: env().HUBSPOT_API_URL ?? HUBSPOT_DEFAULT_API_URL,
      token: decryptSecret(connection.accessTokenEncrypted),
    });
  }
  const app = salesforceApp();
  if (!app) throw new AppError("CONFLICT", "Salesforce is not configured (SALESFORCE_CLIENT_ID/SECRET)");
  return new SalesforceClient(salesforceSession(db, connection.id, app));
}
