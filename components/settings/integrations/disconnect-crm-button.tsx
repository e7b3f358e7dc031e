"use client";

import { startTransition, useActionState } from "react";
import { Button } from "@/components/ui/button";
import { disconnectCrm } from "@/lib/actions/crm-connection";

export function DisconnectCrmButton({ connectionId, name }: { connectionId: string; name: string }) {
  const [state, dispatch, pending] = useActionState(disconnectCrm, undefined);
  const disconnect = () => {
    if (!window.confirm(`Disconnect ${name}? Its accounts and owner mappings are removed from Herald.`))
      return;
    startTransition(() => dispatch({ connectionId }));
  };
  return (
    <div>
      <Button variant="danger" onClick={disconnect} pending={pending}>
        Disconnect
      </Button>
      {state && !state.ok && (
        <p role="alert" className="text-xs text-red-600">
          {state.error}
        </p>
      )}
    </div>
  );
}
