import type { Metadata } from "next";
import { HubSpotCard } from "@/components/settings/integrations/hubspot-card";
import { PardotCard } from "@/components/settings/integrations/pardot-card";
import { SalesforceCard } from "@/components/settings/integrations/salesforce-card";
import { SlackCard } from "@/components/settings/integrations/slack-card";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { listMembers } from "@/db/queries/members";
import { requireMember } from "@/lib/auth/member";
import { env } from "@/lib/env";
import { slackAppManifest } from "@/lib/integrations/slack/manifest";
import { slackOAuthApp } from "@/lib/integrations/slack/oauth";
import { sandboxCredentials } from "@/lib/integrations/slack/sandbox/credentials";
import { slackSettingsOf } from "@/lib/integrations/slack/settings";

export const metadata: Metadata = { title: "Integrations" };
export const dynamic = "force-dynamic";

// One card per integration: Slack (notifications and replies), then the CRMs (account ownership).
type SearchParams = Promise<{ slack?: string; slack_error?: string; slack_code?: string }>;

export default async function IntegrationsPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const admin = await requireMember("admin");
  const db = getDb();
  const [members, slack] = await Promise.all([
    listMembers(db, admin.workspaceId),
    slackSettingsOf(db, admin.workspaceId),
  ]);
  const teammates = members.map((m) => ({ userId: m.userId, name: m.name }));
  return (
    <>
      <PageHeader
        title="Integrations"
        description="Connect the tools your team already uses. Slack brings notifications and replies; a CRM brings account ownership: its owners get Live View notifications when their accounts visit."
      />
      <div className="flex flex-col gap-6">
        <SlackCard
          settings={slack}
          manifest={JSON.stringify(slackAppManifest(env().APP_URL), null, 2)}
          sandbox={sandboxCredentials()}
          addToSlack={slackOAuthApp() !== null}
          install={{ outcome: query.slack, error: query.slack_error, code: query.slack_code }}
        />
        <HubSpotCard db={db} workspaceId={admin.workspaceId} teammates={teammates} />
        <SalesforceCard db={db} workspaceId={admin.workspaceId} teammates={teammates} />
        <PardotCard db={db} workspaceId={admin.workspaceId} teammates={teammates} />
      </div>
    </>
  );
}
