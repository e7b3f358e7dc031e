import { Card } from "@/components/ui/card";
import type { getDb } from "@/db/client";
import { findCrmConnection } from "@/db/queries/crm-connections";
import { hubspotApp } from "@/lib/crm/sources";
import { ConnectHubSpotForm } from "./connect-hubspot-form";
import { CrmConnectionDetails } from "./crm-connection-details";
import { OAuthConnectLink } from "./oauth-connect-link";

interface Props {
  db: ReturnType<typeof getDb>;
  workspaceId: string;
  teammates: { userId: string; name: string }[];
}

// With a HubSpot app configured: OAuth first, the pasted token as the alternative.
function connectHubSpot(reconnect: boolean) {
  const verb = reconnect ? "Reconnect" : "Connect";
  if (!hubspotApp()) return <ConnectHubSpotForm reconnect={reconnect} />;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <OAuthConnectLink href="/api/integrations/hubspot/connect" label={`${verb} HubSpot`} />
      </div>
      <p className="text-sm text-slate-600">Or paste a private app / service key token:</p>
      <ConnectHubSpotForm reconnect={reconnect} />
    </div>
  );
}

// HubSpot: connect by OAuth (HUBSPOT_CLIENT_ID/SECRET) or with a private-app or service key token, then the
// connection's details.
export async function HubSpotCard({ db, workspaceId, teammates }: Props) {
  const connection = await findCrmConnection(db, workspaceId, "hubspot");
  const description =
    "Account ownership from HubSpot companies, contacts and owners, synced nightly and on demand.";
  // Set by scripts/serve.ts when it started the local sandbox (development, e2e): how to try it.
  const sandboxUrl = process.env.HUBSPOT_SANDBOX_URL;
  const sandboxHint = sandboxUrl && (
    <p className="mb-3 text-sm text-slate-600" data-testid="hubspot-sandbox">
      Sandbox HubSpot running: Connect and Allow, or paste the token <code>pat-sandbox-herald</code>; change a
      company’s owner on{" "}
      <a className="text-brand-700 underline" href={sandboxUrl} target="_blank" rel="noreferrer">
        the sandbox page
      </a>
      , then Sync now.
    </p>
  );
  return (
    <Card title="HubSpot" description={description}>
      {sandboxHint}
      <CrmConnectionDetails
        db={db}
        connection={connection}
        name="HubSpot"
        teammates={teammates}
        connect={connectHubSpot(false)}
        reconnect={connectHubSpot(true)}
      />
    </Card>
  );
}
