import { Card } from "@/components/ui/card";
import type { Db } from "@/db/client";
import { findSenderDomain } from "@/db/queries/sender-domains";
import { env } from "@/lib/env";
import { FOLLOW_UP_LOCAL_PART } from "@/lib/follow-ups/sender-domain";
import { AddSenderDomainForm, SenderDomainActions } from "./sender-domain-forms";

// FU6: follow-up emails from the workspace's own domain once Resend has verified its DNS records.
export async function SenderDomainCard({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const domain = await findSenderDomain(db, workspaceId);
  const verified = domain?.status === "verified";
  return (
    <Card
      title="Sender domain"
      description={`Follow-up emails come from ${verified && domain ? `${FOLLOW_UP_LOCAL_PART}@${domain.domain}` : env().EMAIL_FROM}.`}
    >
      {!domain ? (
        <AddSenderDomainForm />
      ) : (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-slate-700" data-testid="sender-domain-status">
            <span className="font-medium">{domain.domain}</span>: {domain.status.replace("_", " ")}
            {!verified && " — until it is verified, follow-ups come from the default sender."}
          </p>
          <table className="w-full text-left text-xs">
            <caption className="sr-only">DNS records to publish</caption>
            <thead className="text-slate-500">
              <tr>
                <th className="py-1 pr-2">Type</th>
                <th className="py-1 pr-2">Name</th>
                <th className="py-1 pr-2">Value</th>
                <th className="py-1">Status</th>
              </tr>
            </thead>
            <tbody>
              {domain.records.map((r) => (
                <tr key={`${r.record}-${r.type}-${r.name}`} className="border-t border-slate-100 align-top">
                  <td className="py-1 pr-2">
                    {r.type}
                    {r.priority !== undefined && ` (${r.priority})`}
                  </td>
                  <td className="py-1 pr-2 font-mono">{r.name}</td>
                  <td className="py-1 pr-2 font-mono break-all">{r.value}</td>
                  <td className="py-1">{r.status.replace("_", " ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <SenderDomainActions />
        </div>
      )}
    </Card>
  );
}
