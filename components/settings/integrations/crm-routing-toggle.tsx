"use client";

import { SwitchSetting } from "@/components/ui/switch-setting";
import { setCrmRouting } from "@/lib/actions/crm-connection";

// LV2 per integration: this CRM's account owners get Live View notifications only while it is on.
export function CrmRoutingToggle({ connectionId, on }: { connectionId: string; on: boolean }) {
  return (
    <SwitchSetting
      on={on}
      action={setCrmRouting}
      input={(next) => ({ connectionId, on: next })}
      label="Account-Based Routing"
      hint="A known visitor of an account in this CRM alerts its owner (when mapped to a Herald user)."
    />
  );
}
