import type { Metadata } from "next";
import { WorkspaceSwitchSetting } from "@/components/settings/notifications/workspace-switch-setting";
import { InvitationsList } from "@/components/settings/team/invitations-list";
import { InviteForm } from "@/components/settings/team/invite-form";
import { MembersTable } from "@/components/settings/team/members-table";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db/client";
import { listPendingInvitations } from "@/db/queries/invitations";
import { listMembers } from "@/db/queries/members";
import { findNotificationSettings } from "@/db/queries/notification-settings";
import { requireMember } from "@/lib/auth/member";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const admin = await requireMember("admin");
  const db = getDb();
  const [members, invitations, notificationSettings] = await Promise.all([
    listMembers(db, admin.workspaceId),
    listPendingInvitations(db, admin.workspaceId),
    findNotificationSettings(db, admin.workspaceId, admin.userId),
  ]);
  return (
    <>
      <PageHeader title="Team" description={`Who works in ${admin.workspaceName}, and what they may do.`} />
      <div className="flex flex-col gap-6">
        <Card title="General">
          <WorkspaceSwitchSetting
            name="liveViewNotifications"
            enabled={notificationSettings.workspaceLiveViewNotifications}
          />
        </Card>
        <Card title="Members">
          {members.length > 0 ? (
            <MembersTable members={members} currentUserId={admin.userId} />
          ) : (
            <EmptyState title="No members yet">Invite a teammate below.</EmptyState>
          )}
        </Card>
        <Card title="Invite a teammate" description="They get an email with a link that works for 7 days.">
          <InviteForm />
        </Card>
        <Card title="Pending invitations">
          {invitations.length > 0 ? (
            <InvitationsList invitations={invitations} timeZone={admin.timeZone} />
          ) : (
            <EmptyState title="No pending invitations">
              Invitations you send appear here until they are accepted.
            </EmptyState>
          )}
        </Card>
      </div>
    </>
  );
}
