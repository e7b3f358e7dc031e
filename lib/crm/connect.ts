// Connecting a CRM by a pasted token: the token is tried (one owners page) before it is stored, encrypted.
import type { Db } from "@/db/client";
import { findCrmConnection, saveCrmConnection, savePardotConnection } from "@/db/queries/crm-connections";
import { encryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { HUBSPOT_DEFAULT_API_URL, HubSpotClient } from "@/lib/integrations/hubspot/client";
import { HubSpotAuthError } from "@/lib/integrations/hubspot/http";
import { PARDOT_DEFAULT_API_URL, PardotClient } from "@/lib/integrations/pardot/client";
import { crmReconnected } from "./reconnect";
import { salesforceApp, salesforceSession } from "./sources";

export async function connectHubSpotWithToken(db: Db, workspaceId: string, token: string) {
  const baseUrl = env().HUBSPOT_API_URL ?? HUBSPOT_DEFAULT_API_URL;
  const client = new HubSpotClient({ baseUrl, token, maxRetries: 1 });
  try {
    for await (const _page of client.owners()) break;
  } catch (error) {
    if (error instanceof HubSpotAuthError) {
      throw new AppError("BAD_REQUEST", "HubSpot refused this token", {
        token:
          "HubSpot refused this token: check it has the crm.objects.companies/contacts/owners read scopes.",
      });
    }
    throw new AppError("BAD_REQUEST", `HubSpot could not be reached at ${baseUrl}`, {
      token: `HubSpot could not be reached at ${baseUrl}: try again.`,
    });
  }
  return crmReconnected(db, await saveCrmConnection(db, workspaceId, "hubspot", encryptSecret(token)));
}

// Pardot: through the workspace's Salesforce connection; the Business Unit ID is tried (one users page) first.
export async function connectPardot(db: Db, workspaceId: string, businessUnitId: string) {
  const salesforce = await findCrmConnection(db, workspaceId, "salesforce");
  const app = salesforceApp();
  if (salesforce?.status !== "connected" || !app) {
    throw new AppError("CONFLICT", "Connect Salesforce first: Pardot signs in through it");
  }
  const client = new PardotClient(salesforceSession(db, salesforce.id, app), {
    baseUrl: env().PARDOT_API_URL ?? PARDOT_DEFAULT_API_URL,
    businessUnitId,
  });
  try {
    for await (const _page of client.owners()) break;
  } catch {
    throw new AppError("BAD_REQUEST", "Pardot refused this Business Unit ID", {
      businessUnitId:
        "Pardot refused this Business Unit ID (Setup → Business Unit Setup), or the user has no Pardot access.",
    });
  }
  return crmReconnected(db, await savePardotConnection(db, workspaceId, businessUnitId));
}
