"use client";

import { SwitchSetting } from "@/components/ui/switch-setting";
import { setSlackUseChannelIdsAction } from "@/lib/actions/set-slack-use-channel-ids";

// SK11: channels typed in by ID instead of picked from Slack's list (huge teams, or channels Slack won't list).
export function SlackUseChannelIds({ on }: { on: boolean }) {
  return (
    <SwitchSetting
      on={on}
      action={setSlackUseChannelIdsAction}
      input={(next) => ({ on: next })}
      label="Use channel IDs"
      hint="Type each channel's ID (C… or G…) instead of picking it from Slack's list. For teams with thousands of channels, or a private channel Herald has not been invited to yet."
    />
  );
}
