"use client";

import type { WorkspaceSwitch } from "@/db/queries/notification-settings";
import { setWorkspaceSwitch } from "@/lib/actions/set-workspace-switch";
import { ToggleSetting } from "./toggle-setting";

const words: Record<WorkspaceSwitch, { label: string; description: string }> = {
  liveViewNotifications: {
    label: "Live View Notifications",
    description: "Tell account owners when a known visitor from their account starts a visit.",
  },
  showMessageText: {
    label: "Show message text outside the app",
    description:
      "Push notifications, emails, Slack and text messages include the first words of a visitor's message. Off: they say who wrote (“New message from Jane Cooper”) without the words. Herald itself always shows them.",
  },
};

// An admin's workspace switch (LV3, X5), saved as soon as it changes.
export function WorkspaceSwitchSetting({ name, enabled }: { name: WorkspaceSwitch; enabled: boolean }) {
  return (
    <ToggleSetting
      {...words[name]}
      enabled={enabled}
      save={(on) => setWorkspaceSwitch(undefined, { name, enabled: on })}
    />
  );
}
