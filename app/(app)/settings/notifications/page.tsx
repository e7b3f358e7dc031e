import type { Metadata } from "next";
import { BrowserPermission } from "@/components/settings/notifications/browser-permission";
import { PreferenceMatrix } from "@/components/settings/notifications/preference-matrix";
import { PushOnThisDevice } from "@/components/settings/notifications/push-on-this-device";
import { SoundSetting } from "@/components/settings/notifications/sound-setting";
import { TestNotifications } from "@/components/settings/notifications/test-notifications";
import { WorkspaceSwitchSetting } from "@/components/settings/notifications/workspace-switch-setting";
import { YourDevices } from "@/components/settings/notifications/your-devices";
import { Card, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { findNotificationSettings } from "@/db/queries/notification-settings";
import { requireMember } from "@/lib/auth/member";
import { hasRole } from "@/lib/auth/roles";
import { preferenceMatrix } from "@/lib/notifications/planner/preference-display";

export const metadata: Metadata = { title: "Notifications" };

// Every member's own notification settings (IC2); admins also set the workspace defaults here.
export default async function NotificationSettingsPage() {
  const member = await requireMember();
  const db = getDb();
  const settings = await findNotificationSettings(db, member.workspaceId, member.userId);
  const isAdmin = hasRole(member.role, "admin");
  return (
    <>
      <PageHeader title="Notifications" description="How Herald tells you about conversations." />
      <div className="flex flex-col gap-6">
        <Card
          title="Your notifications"
          description="In-app notifications are always on: a toast while you work in Herald, and every notification in your notification center. Choose the other channels here."
        >
          <PreferenceMatrix
            mode="user"
            rows={preferenceMatrix(settings.workspaceDefaults, settings.userChoices)}
          />
        </Card>
        <Card title="Browser notifications" description="Used while Herald is open but not in front.">
          <BrowserPermission />
        </Card>
        <Card
          title="Push notifications on this device"
          description="Web push reaches this browser even when Herald is closed."
        >
          <PushOnThisDevice />
        </Card>
        <Card
          title="Your devices"
          description="Mobile push goes to the phones where you installed Herald (added to the home screen); web push to your other browsers."
        >
          <YourDevices db={db} owner={{ workspaceId: member.workspaceId, userId: member.userId }} />
        </Card>
        <Card title="Sound">
          <SoundSetting enabled={settings.sound} />
        </Card>
        <Card title="Test">
          <TestNotifications />
        </Card>
        {isAdmin && (
          <Card
            title="Workspace defaults"
            description="What members get until they choose for themselves. A member's own choice always wins."
          >
            <PreferenceMatrix mode="workspace" rows={preferenceMatrix(settings.workspaceDefaults, {})} />
          </Card>
        )}
        {isAdmin && (
          <Card title="Message text" description="What notifications outside Herald may quote.">
            <WorkspaceSwitchSetting name="showMessageText" enabled={settings.workspaceShowsMessageText} />
          </Card>
        )}
      </div>
    </>
  );
}
