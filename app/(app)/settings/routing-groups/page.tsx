import type { Metadata } from "next";
import { CreateGroupForm } from "@/components/settings/routing-groups/create-group-form";
import { GroupCard } from "@/components/settings/routing-groups/group-card";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db/client";
import { listMembers } from "@/db/queries/members";
import { listRoutingGroups } from "@/db/queries/routing-groups";
import { requireMember } from "@/lib/auth/member";
import { slackSettingsOf } from "@/lib/integrations/slack/settings";

export const metadata: Metadata = { title: "Routing groups" };

export default async function RoutingGroupsPage() {
  const admin = await requireMember("admin");
  const db = getDb();
  const [groups, members, slackSettings] = await Promise.all([
    listRoutingGroups(db, admin.workspaceId),
    listMembers(db, admin.workspaceId),
    slackSettingsOf(db, admin.workspaceId),
  ]);
  const slack =
    slackSettings.connection?.status === "connected"
      ? {
          channels: slackSettings.channels,
          flagged: slackSettings.connection.flaggedChannels,
          useChannelIds: slackSettings.connection.useChannelIds,
        }
      : undefined;
  const teammates = members.map((m) => ({ userId: m.userId, name: m.name }));
  return (
    <>
      <PageHeader
        title="Routing groups"
        description="Teams that conversations are routed to. New conversations go to the default group."
      />
      <div className="flex flex-col gap-6">
        <Card title="New group">
          <CreateGroupForm />
        </Card>
        {groups.length > 0 ? (
          groups.map((group) => (
            <GroupCard key={group.id} group={group} teammates={teammates} slack={slack} />
          ))
        ) : (
          <EmptyState title="No routing groups yet">
            Create a group above; the first one becomes the default that new conversations go to.
          </EmptyState>
        )}
      </div>
    </>
  );
}
