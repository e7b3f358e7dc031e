// The CRM client behind a connection: the token decrypted here, server-side only, never logged.
import type { CrmConnection } from "@/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import { HUBSPOT_DEFAULT_API_URL, HubSpotClient } from "@/lib/integrations/hubspot/client";
import type { CrmSource } from "./records";

export function crmSourceFor(
  connection: Pick<CrmConnection, "provider" | "accessTokenEncrypted">,
): CrmSource {
  switch (connection.provider) {
    case "hubspot":
      return new HubSpotClient({
        baseUrl: env().HUBSPOT_API_URL ?? HUBSPOT_DEFAULT_API_URL,
        token: decryptSecret(connection.accessTokenEncrypted),
      });
  }
}
