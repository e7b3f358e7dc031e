// The CRM client behind a connection: tokens decrypted here, server-side only, never logged.
import type { Db } from "@/db/client";
import { findCrmConnection } from "@/db/queries/crm-connections";
import type { CrmConnection } from "@/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { HUBSPOT_DEFAULT_API_URL, HubSpotClient } from "@/lib/integrations/hubspot/client";
import { PARDOT_DEFAULT_API_URL, PardotClient } from "@/lib/integrations/pardot/client";
import { SalesforceClient } from "@/lib/integrations/salesforce/client";
import { SALESFORCE_DEFAULT_LOGIN_URL, type SalesforceApp } from "@/lib/integrations/salesforce/oauth";
import { CrmAuthError } from "./errors";
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

export async function crmSourceFor(db: Db, connection: CrmConnection): Promise<CrmSource> {
  if (connection.provider === "hubspot") {
    return new HubSpotClient({
      baseUrl: env().HUBSPOT_API_URL ?? HUBSPOT_DEFAULT_API_URL,
      token: decryptSecret(connection.accessTokenEncrypted),
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
