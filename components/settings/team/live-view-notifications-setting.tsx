"use client";

import { ToggleSetting } from "@/components/settings/notifications/toggle-setting";
import { setWorkspaceLiveViewNotifications } from "@/lib/actions/set-workspace-live-view-notifications";

// LV3: the workspace toggle. Off: nobody gets a Live View Notification, and /live hides the members' toggle.
export function LiveViewNotificationsSetting({ enabled }: { enabled: boolean }) {
  return (
    <ToggleSetting
      label="Live View Notifications"
      description="Tell account owners when a known visitor from their account starts a visit."
      enabled={enabled}
      save={(on) => setWorkspaceLiveViewNotifications(undefined, { enabled: on })}
    />
  );
}
