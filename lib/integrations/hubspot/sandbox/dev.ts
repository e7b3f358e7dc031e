// The sandbox HubSpot for `npm run dev` (and e2e with CRM_SANDBOX=1): a few thousand companies whose
// owners include Acme's members. Port 0 by default, so several dev servers on one machine never collide. Its
// URL is handed to Next as HUBSPOT_API_URL, and, unless a HubSpot app is configured, its OAuth client as
// HUBSPOT_CLIENT_ID/SECRET with the consent page on the sandbox too.
import { SANDBOX_HUBSPOT_CLIENT_ID, SANDBOX_HUBSPOT_CLIENT_SECRET } from "./oauth";
import { startHubSpotSandbox } from "./server";
import { HubSpotSandboxStore, seedHubSpotSandbox } from "./store";

export function wantsHubSpotSandbox(mode: "dev" | "start", env: NodeJS.ProcessEnv): boolean {
  if (env.HUBSPOT_API_URL) return false;
  return mode === "dev" || env.CRM_SANDBOX === "1";
}

export async function startDevHubSpotSandbox(env: NodeJS.ProcessEnv, port = 0) {
  const store = seedHubSpotSandbox(new HubSpotSandboxStore(), {
    companies: 3000,
    contactsPerCompany: 2,
    malformedEvery: 1000,
  });
  const sandbox = await startHubSpotSandbox(store, port, "127.0.0.1");
  Object.assign(env, { HUBSPOT_API_URL: sandbox.url, HUBSPOT_SANDBOX_URL: sandbox.url });
  if (!env.HUBSPOT_CLIENT_ID) {
    Object.assign(env, {
      HUBSPOT_CLIENT_ID: SANDBOX_HUBSPOT_CLIENT_ID,
      HUBSPOT_CLIENT_SECRET: SANDBOX_HUBSPOT_CLIENT_SECRET,
      HUBSPOT_AUTHORIZE_URL: sandbox.url,
    });
  }
  return sandbox;
}
