// For tests: a Salesforce session granted by the sandbox (code + PKCE) and held in memory; `refresh` goes to
// the sandbox's token endpoint and counts its calls.
import type { SalesforceSession } from "../client";
import { exchangeCode, pkcePair, refreshTokens } from "../oauth";
import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, type SalesforceSandboxStore } from "./store";

export const sandboxApp = (url: string) => ({
  loginUrl: url,
  clientId: SANDBOX_CLIENT_ID,
  clientSecret: SANDBOX_CLIENT_SECRET,
});

export async function grantSandboxTokens(store: SalesforceSandboxStore, url: string) {
  const { verifier, challenge } = pkcePair();
  const code = store.issueCode(challenge, "http://localhost/cb");
  const t = await exchangeCode(sandboxApp(url), { code, redirectUri: "http://localhost/cb", verifier });
  return { access: t.accessToken, refresh: t.refreshToken ?? "" };
}

export function memorySession(url: string, tokens: { access: string; refresh: string }) {
  const calls = { refresh: 0 };
  const session: SalesforceSession = {
    instanceUrl: async () => url,
    accessToken: async () => tokens.access,
    refresh: async () => {
      calls.refresh++;
      const fresh = await refreshTokens(sandboxApp(url), tokens.refresh);
      tokens.access = fresh.accessToken;
      tokens.refresh = fresh.refreshToken ?? tokens.refresh;
      return tokens.access;
    },
  };
  return { session, calls };
}
