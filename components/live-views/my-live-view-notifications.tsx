"use client";

import { ToggleSetting } from "@/components/settings/notifications/toggle-setting";
import { setMyNotificationToggle } from "@/lib/actions/set-my-notification-toggle";

// LV4: the member's own switch, shown on /live only while the workspace toggle (LV3) is on.
export function MyLiveViewNotifications({ enabled }: { enabled: boolean }) {
  return (
    <ToggleSetting
      label="Notify me about my accounts' visitors"
      description="When a known visitor from an account you own starts a visit."
      enabled={enabled}
      save={(on) => setMyNotificationToggle(undefined, { setting: "liveViewNotifications", enabled: on })}
    />
  );
}
