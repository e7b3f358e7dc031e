import { Card } from "@/components/ui/card";
import type { getDb } from "@/db/client";
import { findCrmConnection } from "@/db/queries/crm-connections";
import { listCrmUsersWithAccountCounts } from "@/db/queries/crm-users";
import { crmConnectionView } from "@/lib/crm/view";
import { ConnectHubSpotForm } from "./connect-hubspot-form";
import { CrmOwnerRow } from "./crm-owner-row";
import { CrmRoutingToggle } from "./crm-routing-toggle";
import { CrmSyncPanel } from "./crm-sync-panel";
import { DisconnectCrmButton } from "./disconnect-crm-button";

interface Props {
  db: ReturnType<typeof getDb>;
  workspaceId: string;
  teammates: { userId: string; name: string }[];
}

// HubSpot: connect, then Sync now, Account-Based Routing and owner mapping.
export async function HubSpotCard({ db, workspaceId, teammates }: Props) {
  const connection = await findCrmConnection(db, workspaceId, "hubspot");
  const description =
    "Account ownership from HubSpot companies, contacts and owners, synced nightly and on demand.";
  // Set by scripts/serve.ts when it started the local sandbox (development, e2e): how to try it.
  const sandboxUrl = process.env.HUBSPOT_SANDBOX_URL;
  const sandboxHint = sandboxUrl && (
    <p className="mb-3 text-sm text-slate-600" data-testid="hubspot-sandbox">
      Sandbox HubSpot running: connect with the token <code>pat-sandbox-herald</code>; change a company’s
      owner on{" "}
      <a className="text-brand-700 underline" href={sandboxUrl} target="_blank" rel="noreferrer">
        the sandbox page
      </a>
      , then Sync now.
    </p>
  );
  if (!connection) {
    return (
      <Card title="HubSpot" description={description}>
        <p className="mb-3 text-sm text-slate-600" data-testid="hubspot-status">
          Not connected.
        </p>
        {sandboxHint}
        <ConnectHubSpotForm />
      </Card>
    );
  }
  const view = crmConnectionView(connection);
  const owners = await listCrmUsersWithAccountCounts(db, connection.id);
  const unmapped = owners.filter((o) => !o.userId && o.accounts > 0);
  return (
    <Card title="HubSpot" description={description}>
      <div className="flex flex-col gap-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <p className="text-sm text-slate-700" data-testid="hubspot-status">
            {view.status === "connected"
              ? "Connected."
              : "HubSpot refused the token: reconnect to resume syncing."}
          </p>
          <DisconnectCrmButton connectionId={connection.id} name="HubSpot" />
        </div>
        {sandboxHint}
        {view.status === "needs_reconnect" && <ConnectHubSpotForm reconnect />}
        <CrmSyncPanel initial={view} />
        <CrmRoutingToggle connectionId={connection.id} on={view.accountBasedRouting} />
        {owners.length > 0 && (
          <section aria-label="Owner mapping" className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold text-slate-900">Owners</h3>
            {unmapped.length > 0 && (
              <ul className="text-sm text-amber-800">
                {unmapped.map((o) => (
                  <li key={o.crmUserId}>
                    {o.accounts.toLocaleString("en")} {o.accounts === 1 ? "account" : "accounts"} owned by{" "}
                    {o.email ?? o.name ?? o.crmUserId} — not a Herald user
                  </li>
                ))}
              </ul>
            )}
            <table className="w-full text-left">
              <thead>
                <tr className="text-xs uppercase text-slate-500">
                  <th className="pb-1 font-medium">HubSpot owner</th>
                  <th className="pb-1 font-medium">Owns</th>
                  <th className="pb-1 font-medium">Herald user</th>
                </tr>
              </thead>
              <tbody>
                {owners.map((owner) => (
                  <CrmOwnerRow
                    key={owner.crmUserId}
                    connectionId={connection.id}
                    owner={owner}
                    teammates={teammates}
                  />
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </Card>
  );
}
