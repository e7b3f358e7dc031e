"use client";

import { SwitchSetting } from "@/components/ui/switch-setting";
import { setAccountBasedRouting } from "@/lib/actions/set-account-based-routing";

// LV2: the built-in account source routes Live View notifications to account owners only while this is on.
export function AccountBasedRoutingToggle({ on }: { on: boolean }) {
  return (
    <SwitchSetting
      on={on}
      action={setAccountBasedRouting}
      input={(next) => ({ on: next })}
      label="Account-Based Routing"
      hint="When a known visitor of an account starts a visit, its owners get the Live View notification."
    />
  );
}
