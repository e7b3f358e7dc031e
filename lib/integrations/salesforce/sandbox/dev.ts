// The sandbox Salesforce for `npm run dev` (and e2e with CRM_SANDBOX=1) when no Salesforce app is configured:
// its login URL and client credentials are handed to Next as SALESFORCE_*.
import { startSalesforceSandbox } from "./server";
import {
  SANDBOX_CLIENT_ID,
  SANDBOX_CLIENT_SECRET,
  SalesforceSandboxStore,
  seedSalesforceSandbox,
} from "./store";

export function wantsSalesforceSandbox(mode: "dev" | "start", env: NodeJS.ProcessEnv): boolean {
  if (env.SALESFORCE_CLIENT_ID) return false;
  return mode === "dev" || env.CRM_SANDBOX === "1";
}

export async function startDevSalesforceSandbox(env: NodeJS.ProcessEnv, port = 0) {
  const sandbox = await startSalesforceSandbox(
    seedSalesforceSandbox(new SalesforceSandboxStore(), 2000),
    port,
  );
  Object.assign(env, {
    SALESFORCE_LOGIN_URL: sandbox.url,
    SALESFORCE_CLIENT_ID: SANDBOX_CLIENT_ID,
    SALESFORCE_CLIENT_SECRET: SANDBOX_CLIENT_SECRET,
    SALESFORCE_SANDBOX_URL: sandbox.url,
    // The sandbox also answers Pardot's v5 paths.
    PARDOT_API_URL: env.PARDOT_API_URL ?? sandbox.url,
  });
  return sandbox;
}
