"use client";

import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { disconnectSlack } from "@/lib/actions/disconnect-slack";
import { ActionMessage } from "./action-message";

export function SlackDisconnectButton() {
  const [state, onSubmit, pending] = useFormAction(disconnectSlack);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-1">
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          Disconnect Slack
        </Button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
