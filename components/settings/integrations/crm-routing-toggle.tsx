"use client";

import { startTransition, useActionState, useOptimistic } from "react";
import { setCrmRouting } from "@/lib/actions/crm-connection";

// LV2 per integration: this CRM's account owners get Live View notifications only while it is on.
export function CrmRoutingToggle({ connectionId, on }: { connectionId: string; on: boolean }) {
  const [state, dispatch, pending] = useActionState(setCrmRouting, undefined);
  const [shown, setShown] = useOptimistic(on);
  const toggle = (next: boolean) =>
    startTransition(() => {
      setShown(next);
      dispatch({ connectionId, on: next });
    });
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          role="switch"
          aria-checked={shown}
          checked={shown}
          disabled={pending}
          onChange={(event) => toggle(event.target.checked)}
          className="size-4"
        />
        Account-Based Routing
      </label>
      <p className="text-xs text-slate-500">
        A known visitor of an account in this CRM alerts its owner (when mapped to a Herald user).
      </p>
      {state && !state.ok && (
        <p role="alert" className="text-xs text-red-600">
          {state.error}
        </p>
      )}
    </div>
  );
}
