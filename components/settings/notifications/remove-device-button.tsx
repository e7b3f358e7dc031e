"use client";

import { ActionMessage } from "@/components/settings/integrations/action-message";
import { Button } from "@/components/ui/button";
import { type FormAction, useFormAction } from "@/components/ui/use-form-action";
import { removeMyPushDevice } from "@/lib/actions/remove-push-device";

export function RemoveDeviceButton({ id, label }: { id: string; label: string }) {
  const [state, onSubmit, pending] = useFormAction(removeMyPushDevice as FormAction<unknown>);
  return (
    <form aria-label={`Remove ${label}`} onSubmit={onSubmit} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="danger" pending={pending}>
        Remove
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
