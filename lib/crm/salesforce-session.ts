// A Salesforce connection's session: the access token and instance_url from the database, and refreshes
// serialised per connection. In one process concurrent callers share one refresh (single flight); across
// processes the row lock makes the second refresher wait and then find the token the first one saved, so a
// rotated refresh token is never spent twice (airbyte#82783).
import type { Db } from "@/db/client";
import {
  findCrmConnectionByIdUnscoped,
  lockCrmConnectionTokens,
  saveCrmTokens,
} from "@/db/queries/crm-connections";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import type { SalesforceSession } from "@/lib/integrations/salesforce/client";
import { refreshTokens, type SalesforceApp, SalesforceAuthError } from "@/lib/integrations/salesforce/oauth";

const processFlights = new Map<string, Promise<string>>();

// `inFlight` is per process; tests pass their own to play two workers.
export function salesforceSession(
  db: Db,
  connectionId: string,
  app: SalesforceApp,
  inFlight = processFlights,
): SalesforceSession {
  let current: { accessToken: string; instanceUrl: string } | undefined;
  const load = async () => {
    if (current) return current;
    const row = await findCrmConnectionByIdUnscoped(db, connectionId);
    if (!row?.instanceUrl) throw new SalesforceAuthError("no instance URL stored");
    current = { accessToken: decryptSecret(row.accessTokenEncrypted), instanceUrl: row.instanceUrl };
    return current;
  };

  const refreshOnce = (refused: string) =>
    db.transaction(async (tx) => {
      const row = await lockCrmConnectionTokens(tx, connectionId);
      if (!row) throw new SalesforceAuthError("connection removed");
      const stored = decryptSecret(row.accessTokenEncrypted);
      // Someone else refreshed since this token was read: use theirs.
      if (stored !== refused) return { accessToken: stored, instanceUrl: row.instanceUrl ?? "" };
      if (!row.refreshTokenEncrypted) throw new SalesforceAuthError("no refresh token");
      const tokens = await refreshTokens(app, decryptSecret(row.refreshTokenEncrypted));
      await saveCrmTokens(tx, connectionId, {
        accessTokenEncrypted: encryptSecret(tokens.accessToken),
        refreshTokenEncrypted: tokens.refreshToken
          ? encryptSecret(tokens.refreshToken)
          : row.refreshTokenEncrypted,
        instanceUrl: tokens.instanceUrl,
      });
      return { accessToken: tokens.accessToken, instanceUrl: tokens.instanceUrl };
    });

  return {
    instanceUrl: async () => (await load()).instanceUrl,
    accessToken: async () => (await load()).accessToken,
    refresh: async (refused) => {
      let flight = inFlight.get(connectionId);
      if (!flight) {
        flight = refreshOnce(refused)
          .then((fresh) => {
            current = fresh;
            return fresh.accessToken;
          })
          .finally(() => inFlight.delete(connectionId));
        inFlight.set(connectionId, flight);
      }
      const token = await flight;
      current = { accessToken: token, instanceUrl: current?.instanceUrl ?? (await load()).instanceUrl };
      return token;
    },
  };
}
