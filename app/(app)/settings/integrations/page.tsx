import type { Metadata } from "next";
import { HubSpotCard } from "@/components/settings/integrations/hubspot-card";
import { PardotCard } from "@/components/settings/integrations/pardot-card";
import { SalesforceCard } from "@/components/settings/integrations/salesforce-card";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { listMembers } from "@/db/queries/members";
import { requireMember } from "@/lib/auth/member";

export const metadata: Metadata = { title: "Integrations" };
export const dynamic = "force-dynamic";

// One card per integration (CRMs now; Slack joins later).
export default async function IntegrationsPage() {
  const admin = await requireMember("admin");
  const db = getDb();
  const members = await listMembers(db, admin.workspaceId);
  const teammates = members.map((m) => ({ userId: m.userId, name: m.name }));
  return (
    <>
      <PageHeader
        title="Integrations"
        description="Connect the tools your team already uses. A CRM brings account ownership: its owners get Live View notifications when their accounts visit."
      />
      <div className="flex flex-col gap-6">
        <HubSpotCard db={db} workspaceId={admin.workspaceId} teammates={teammates} />
        <SalesforceCard db={db} workspaceId={admin.workspaceId} teammates={teammates} />
        <PardotCard db={db} workspaceId={admin.workspaceId} teammates={teammates} />
      </div>
    </>
  );
}
