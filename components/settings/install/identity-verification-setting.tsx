"use client";

import { ToggleSetting } from "@/components/settings/notifications/toggle-setting";
import { setIdentityVerification } from "@/lib/actions/set-identity-verification";

// The per-workspace switch back to v1 signatures, for sites that have not moved to v2 yet.
export function IdentityVerificationSetting({ legacy }: { legacy: boolean }) {
  return (
    <ToggleSetting
      label="Accept legacy v1 signatures (weaker)"
      description="v1 signs the email alone and never expires: a copied signature works for ever, and phone and name stay unverified. Leave off once your server signs v2."
      enabled={legacy}
      save={(on) => setIdentityVerification(undefined, { legacy: on })}
    />
  );
}
