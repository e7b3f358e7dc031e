import type { getDb } from "@/db/client";
import { listCrmUsersWithAccountCounts } from "@/db/queries/crm-users";
import type { CrmConnection } from "@/db/schema";
import { crmConnectionView } from "@/lib/crm/view";
import { CrmOwnerRow } from "./crm-owner-row";
import { CrmRoutingToggle } from "./crm-routing-toggle";
import { CrmSyncPanel } from "./crm-sync-panel";
import { DisconnectCrmButton } from "./disconnect-crm-button";

interface Props {
  db: ReturnType<typeof getDb>;
  connection: CrmConnection | undefined;
  name: string;
  teammates: { userId: string; name: string }[];
  // How to connect (a token form, or the OAuth link); `reconnect` is shown while the CRM refuses the credentials.
  connect: React.ReactNode;
  reconnect: React.ReactNode;
}

// A CRM card's body: how to connect, or once connected its status, Sync now with progress, Account-Based
// Routing, owners and their mapping.
export async function CrmConnectionDetails({ db, connection, name, teammates, connect, reconnect }: Props) {
  if (!connection) {
    return (
      <>
        <p className="mb-3 text-sm text-slate-600" data-testid={`${name.toLowerCase()}-status`}>
          Not connected.
        </p>
        {connect}
      </>
    );
  }
  const view = crmConnectionView(connection);
  const owners = await listCrmUsersWithAccountCounts(db, connection.id);
  const unmapped = owners.filter((o) => !o.userId && o.accounts > 0);
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p className="text-sm text-slate-700" data-testid={`${connection.provider}-status`}>
          {view.status === "connected"
            ? "Connected."
            : `${name} refused the credentials: reconnect to resume syncing.`}
        </p>
        <DisconnectCrmButton connectionId={connection.id} name={name} />
      </div>
      {view.status === "needs_reconnect" && reconnect}
      <CrmSyncPanel initial={view} />
      <CrmRoutingToggle connectionId={connection.id} on={view.accountBasedRouting} />
      {owners.length > 0 && (
        <section aria-label={`${name} owner mapping`} className="flex flex-col gap-2">
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
                <th className="pb-1 font-medium">{name} owner</th>
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
  );
}
