import { Card } from "@/components/ui/card";
import type { getDb } from "@/db/client";
import { findCrmConnection } from "@/db/queries/crm-connections";
import { ConnectPardotForm } from "./connect-pardot-form";
import { CrmConnectionDetails } from "./crm-connection-details";

interface Props {
  db: ReturnType<typeof getDb>;
  workspaceId: string;
  teammates: { userId: string; name: string }[];
}

// Pardot / Account Engagement: prospects' assigned users as owners, through the Salesforce connection.
export async function PardotCard({ db, workspaceId, teammates }: Props) {
  const description = "Prospect ownership from Pardot (Account Engagement): each prospect's assigned user.";
  const salesforce = await findCrmConnection(db, workspaceId, "salesforce");
  if (!salesforce) {
    return (
      <Card title="Pardot" description={description}>
        <p className="text-sm text-slate-600" data-testid="pardot-status">
          Connect Salesforce first: Pardot signs in through it.
        </p>
      </Card>
    );
  }
  const connection = await findCrmConnection(db, workspaceId, "pardot");
  return (
    <Card title="Pardot" description={description}>
      {process.env.SALESFORCE_SANDBOX_URL && (
        <p className="mb-3 text-sm text-slate-600">
          Sandbox Business Unit ID: <code>0Uv000000000001AAA</code>
        </p>
      )}
      <CrmConnectionDetails
        db={db}
        connection={connection}
        name="Pardot"
        teammates={teammates}
        connect={<ConnectPardotForm />}
        reconnect={<ConnectPardotForm reconnect />}
      />
    </Card>
  );
}
