// Connecting Salesforce: the OAuth web-server flow with PKCE. The state and the verifier travel in a
// short-lived httpOnly cookie; the callback checks the state, exchanges the code and stores both tokens and
// the instance_url, encrypted.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "@/db/client";
import { saveOAuthCrmConnection } from "@/db/queries/crm-connections";
import { encryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authorizeUrl, exchangeCode, pkcePair } from "@/lib/integrations/salesforce/oauth";
import { salesforceApp } from "./sources";

export const SALESFORCE_OAUTH_COOKIE = "herald-salesforce-oauth";
const CALLBACK_PATH = "/api/integrations/salesforce/callback";

const redirectUri = () => new URL(CALLBACK_PATH, env().APP_URL).toString();

function configuredApp() {
  const app = salesforceApp();
  if (!app)
    throw new AppError("NOT_FOUND", "Salesforce is not configured: set SALESFORCE_CLIENT_ID and SECRET");
  return app;
}

export function beginSalesforceConnect() {
  const state = randomBytes(16).toString("base64url");
  const { verifier, challenge } = pkcePair();
  return {
    url: authorizeUrl(configuredApp(), { redirectUri: redirectUri(), state, challenge }),
    cookie: `${state}.${verifier}`,
  };
}

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function finishSalesforceConnect(
  db: Db,
  workspaceId: string,
  p: { code: string | null; state: string | null; error: string | null; cookie: string | undefined },
) {
  if (p.error) throw new AppError("BAD_REQUEST", `Salesforce did not authorise Herald (${p.error})`);
  const [state, verifier] = (p.cookie ?? "").split(".");
  if (!p.code || !p.state || !state || !verifier || !same(state, p.state)) {
    throw new AppError(
      "BAD_REQUEST",
      "This Salesforce sign-in expired or was not started here: connect again",
      {
        state: "Does not match the sign-in this browser started",
      },
    );
  }
  const tokens = await exchangeCode(configuredApp(), { code: p.code, redirectUri: redirectUri(), verifier });
  return saveOAuthCrmConnection(db, workspaceId, "salesforce", {
    accessTokenEncrypted: encryptSecret(tokens.accessToken),
    refreshTokenEncrypted: tokens.refreshToken ? encryptSecret(tokens.refreshToken) : null,
    instanceUrl: tokens.instanceUrl,
  });
}
