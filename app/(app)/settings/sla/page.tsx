import type { Metadata } from "next";
import { RemoveSlaPolicyButton } from "@/components/settings/sla/remove-sla-policy-button";
import { SlaPolicyForm } from "@/components/settings/sla/sla-policy-form";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db/client";
import { listRoutingGroups } from "@/db/queries/routing-groups";
import { listSlaPolicies } from "@/db/queries/sla-policies";
import { requireMember } from "@/lib/auth/member";
import { formatMinutes } from "@/lib/sla/policy-form";

export const metadata: Metadata = { title: "SLA" };

const optional = (minutes: number | null) => (minutes === null ? "None" : formatMinutes(minutes));

// SLA policies per routing group (RULES.md SL1). Conversations created in a group afterwards get its clocks.
export default async function SlaSettingsPage() {
  const admin = await requireMember("admin");
  const db = getDb();
  const [policies, groups] = await Promise.all([
    listSlaPolicies(db, admin.workspaceId),
    listRoutingGroups(db, admin.workspaceId),
  ]);
  return (
    <>
      <PageHeader
        title="SLA"
        description="Reply and resolution targets per routing group. Assignees are warned before a target passes."
      />
      <div className="flex flex-col gap-6">
        <Card
          title="Policy for a group"
          description="Saving for a group that already has a policy replaces it."
        >
          {groups.length === 0 ? (
            <p className="text-sm text-slate-600">
              Create a routing group first (Settings → Routing groups).
            </p>
          ) : (
            <SlaPolicyForm groups={groups.map((g) => ({ id: g.id, name: g.name }))} />
          )}
        </Card>
        {policies.length === 0 ? (
          <EmptyState title="No SLA policies yet">
            Without a policy, conversations have no reply targets and never appear as at risk on the
            supervisor dashboard.
          </EmptyState>
        ) : (
          <ul aria-label="SLA policies" className="flex flex-col gap-3">
            {policies.map(({ policy, groupName }) => (
              <li key={policy.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h2 className="font-semibold text-slate-900">{groupName}</h2>
                    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                      <dt className="text-slate-500">First response</dt>
                      <dd>{formatMinutes(policy.firstResponseMinutes)}</dd>
                      <dt className="text-slate-500">Next response</dt>
                      <dd>{optional(policy.nextResponseMinutes)}</dd>
                      <dt className="text-slate-500">Resolution</dt>
                      <dd>{optional(policy.resolutionMinutes)}</dd>
                      <dt className="text-slate-500">Warning at</dt>
                      <dd>{policy.warningPercent} %</dd>
                    </dl>
                  </div>
                  <RemoveSlaPolicyButton policyId={policy.id} groupName={groupName} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
