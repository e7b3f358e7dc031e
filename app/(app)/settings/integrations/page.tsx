import type { Metadata } from "next";
import { SlackCard } from "@/components/settings/integrations/slack-card";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { requireMember } from "@/lib/auth/member";
import { env } from "@/lib/env";
import { slackAppManifest } from "@/lib/integrations/slack/manifest";
import { sandboxCredentials } from "@/lib/integrations/slack/sandbox/credentials";
import { slackSettingsOf } from "@/lib/integrations/slack/settings";

export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage() {
  const admin = await requireMember("admin");
  const settings = await slackSettingsOf(getDb(), admin.workspaceId);
  return (
    <>
      <PageHeader title="Integrations" description="Connect Herald to the tools your team works in." />
      <div className="flex flex-col gap-6">
        <SlackCard
          settings={settings}
          manifest={JSON.stringify(slackAppManifest(env().APP_URL), null, 2)}
          sandbox={sandboxCredentials()}
        />
      </div>
    </>
  );
}
