"use client";

import { SwitchSetting } from "@/components/ui/switch-setting";
import { setFollowUpEmail } from "@/lib/actions/set-follow-up-email";

// FU4: email follow-ups on or off for the workspace (default on).
export function FollowUpEmailToggle({ on }: { on: boolean }) {
  return (
    <SwitchSetting
      on={on}
      action={setFollowUpEmail}
      input={(next) => ({ on: next })}
      label="Email"
      hint="A visitor who leaves with your reply unread gets it by email, if they gave an address. They can answer by replying to the email."
    />
  );
}
