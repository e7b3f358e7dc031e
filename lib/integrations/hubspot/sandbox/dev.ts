// The sandbox HubSpot for `npm run dev` (and e2e with CRM_SANDBOX=1): a few thousand companies whose
// owners include Acme's members. Port 0 by default, so several dev servers on one machine never collide.
import { startHubSpotSandbox } from "./server";
import { HubSpotSandboxStore, seedHubSpotSandbox } from "./store";

export function wantsHubSpotSandbox(mode: "dev" | "start", env: NodeJS.ProcessEnv): boolean {
  if (env.HUBSPOT_API_URL) return false;
  return mode === "dev" || env.CRM_SANDBOX === "1";
}

export async function startDevHubSpotSandbox(port = 0) {
  const store = seedHubSpotSandbox(new HubSpotSandboxStore(), {
    companies: 3000,
    contactsPerCompany: 2,
    malformedEvery: 1000,
  });
  return startHubSpotSandbox(store, port, "127.0.0.1");
}
