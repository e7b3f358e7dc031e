import { Card } from "@/components/ui/card";
import type { getDb } from "@/db/client";
import { findCrmConnection } from "@/db/queries/crm-connections";
import { salesforceApp } from "@/lib/crm/sources";
import { CrmConnectionDetails } from "./crm-connection-details";
import { OAuthConnectLink } from "./oauth-connect-link";

interface Props {
  db: ReturnType<typeof getDb>;
  workspaceId: string;
  teammates: { userId: string; name: string }[];
}

const connectLink = (label: string) => (
  <OAuthConnectLink href="/api/integrations/salesforce/connect" label={label} />
);

// Salesforce: OAuth (web-server flow with refresh tokens), then the connection's details.
export async function SalesforceCard({ db, workspaceId, teammates }: Props) {
  const description =
    "Account ownership from Salesforce accounts, contacts and users, synced nightly and on demand.";
  if (!salesforceApp()) {
    return (
      <Card title="Salesforce" description={description}>
        <p className="text-sm text-slate-600" data-testid="salesforce-status">
          Not configured: set <code>SALESFORCE_CLIENT_ID</code> and <code>SALESFORCE_CLIENT_SECRET</code> (and{" "}
          <code>SALESFORCE_LOGIN_URL</code> for a sandbox or My Domain).
        </p>
      </Card>
    );
  }
  const connection = await findCrmConnection(db, workspaceId, "salesforce");
  return (
    <Card title="Salesforce" description={description}>
      {process.env.SALESFORCE_SANDBOX_URL && (
        <p className="mb-3 text-sm text-slate-600">
          Sandbox Salesforce running at {process.env.SALESFORCE_SANDBOX_URL}: Connect, then Allow.
        </p>
      )}
      <CrmConnectionDetails
        db={db}
        connection={connection}
        name="Salesforce"
        teammates={teammates}
        connect={connectLink("Connect Salesforce")}
        reconnect={connectLink("Reconnect Salesforce")}
      />
    </Card>
  );
}
