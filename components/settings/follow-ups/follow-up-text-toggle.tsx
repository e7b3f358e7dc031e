"use client";

import { SwitchSetting } from "@/components/ui/switch-setting";
import { setFollowUpTexts } from "@/lib/actions/set-follow-up-texts";

// FU4: text follow-ups (WhatsApp, else SMS) on or off for the workspace (default off).
export function FollowUpTextToggle({ on }: { on: boolean }) {
  return (
    <SwitchSetting
      on={on}
      action={setFollowUpTexts}
      input={(next) => ({ on: next })}
      label="Text (WhatsApp or SMS)"
      hint="A visitor who leaves with your reply unread gets one text, if they gave a phone number: by WhatsApp when a template is set below, else by SMS. They can answer by text."
    />
  );
}
