// An OAuth connection's session (Salesforce, HubSpot): the access token (and Salesforce's instance_url) from the
// database, and refreshes serialised per connection. In one process concurrent callers share one refresh
// (single flight); across processes the row lock makes the second refresher wait and then find the token the
// first one saved, so a rotated refresh token is never spent twice (airbyte#82783).
import type { Db } from "@/db/client";
import {
  findCrmConnectionByIdUnscoped,
  lockCrmConnectionTokens,
  saveCrmTokens,
} from "@/db/queries/crm-connections";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import type { CrmAuthError } from "./errors";
import type { CrmSession } from "./records";

export interface OAuthSession extends CrmSession {
  instanceUrl(): Promise<string>;
}

export interface RefreshedTokens {
  accessToken: string;
  // Only when the CRM rotates refresh tokens: the old one dies, so it is saved with the access token.
  refreshToken?: string;
  instanceUrl?: string;
}

export interface TokenGrant {
  refresh(refreshToken: string): Promise<RefreshedTokens>;
  // The error that means "only an admin's reconnect helps" (the vendor's CrmAuthError).
  deadGrant(detail: string): CrmAuthError;
}

const processFlights = new Map<string, Promise<string>>();

// `inFlight` is per process; tests pass their own to play two workers.
export function oauthSession(
  db: Db,
  connectionId: string,
  grant: TokenGrant,
  inFlight = processFlights,
): OAuthSession {
  let current: { accessToken: string; instanceUrl: string | null } | undefined;
  const load = async () => {
    if (current) return current;
    const row = await findCrmConnectionByIdUnscoped(db, connectionId);
    if (!row) throw grant.deadGrant("connection removed");
    current = { accessToken: decryptSecret(row.accessTokenEncrypted), instanceUrl: row.instanceUrl };
    return current;
  };

  const refreshOnce = (refused: string) =>
    db.transaction(async (tx) => {
      const row = await lockCrmConnectionTokens(tx, connectionId);
      if (!row) throw grant.deadGrant("connection removed");
      const stored = decryptSecret(row.accessTokenEncrypted);
      // Someone else refreshed since this token was read: use theirs.
      if (stored !== refused) return { accessToken: stored, instanceUrl: row.instanceUrl };
      if (!row.refreshTokenEncrypted) throw grant.deadGrant("no refresh token");
      const tokens = await grant.refresh(decryptSecret(row.refreshTokenEncrypted));
      const fresh = { accessToken: tokens.accessToken, instanceUrl: tokens.instanceUrl ?? row.instanceUrl };
      await saveCrmTokens(tx, connectionId, {
        accessTokenEncrypted: encryptSecret(tokens.accessToken),
        refreshTokenEncrypted: tokens.refreshToken
          ? encryptSecret(tokens.refreshToken)
          : row.refreshTokenEncrypted,
        instanceUrl: fresh.instanceUrl,
      });
      return fresh;
    });

  return {
    instanceUrl: async () => {
      const { instanceUrl } = await load();
      if (!instanceUrl) throw grant.deadGrant("no instance URL stored");
      return instanceUrl;
    },
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
