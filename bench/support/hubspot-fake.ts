// The bench's HubSpot, in its own process so its 400,000 in-memory records do not count in the sync's memory.
// Prints {"url": …} once listening. Run: npx tsx bench/support/hubspot-fake.ts <companies> <contactsPerCompany>
import { startHubSpotSandbox } from "../../lib/integrations/hubspot/sandbox/server";
import { HubSpotSandboxStore, seedHubSpotSandbox } from "../../lib/integrations/hubspot/sandbox/store";

const companies = Number(process.argv[2] ?? 100_000);
const contactsPerCompany = Number(process.argv[3] ?? 3);
const store = seedHubSpotSandbox(new HubSpotSandboxStore(), { companies, contactsPerCompany });
const server = await startHubSpotSandbox(store);
console.log(JSON.stringify({ url: server.url }));
process.on("SIGTERM", () => server.close().then(() => process.exit(0)));
