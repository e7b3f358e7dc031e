"use client";

import { rotateWidgetSecret } from "@/lib/actions/rotate-widget-secret";
import { RotateWithConfirmation } from "./rotate-with-confirmation";

// Revokes every visitor token of the workspace (lib/widget/widget-secret.ts).
export function WidgetSecretRotation() {
  return (
    <RotateWithConfirmation
      label="Rotate widget secret"
      warning="Rotate the widget secret? Every visitor token stops working at once: visitors on your site start over as new, anonymous visitors and no longer see their past conversation in the widget."
      rotate={() => rotateWidgetSecret(undefined, {})}
    />
  );
}
