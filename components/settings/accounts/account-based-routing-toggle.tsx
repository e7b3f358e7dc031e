"use client";

import { startTransition, useActionState, useOptimistic } from "react";
import { setAccountBasedRouting } from "@/lib/actions/set-account-based-routing";

// LV2: the built-in account source routes Live View notifications to account owners only while this is on.
export function AccountBasedRoutingToggle({ on }: { on: boolean }) {
  const [state, dispatch, pending] = useActionState(setAccountBasedRouting, undefined);
  const [shown, setShown] = useOptimistic(on);
  const toggle = (next: boolean) =>
    startTransition(() => {
      setShown(next);
      dispatch({ on: next });
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
        When a known visitor of an account starts a visit, its owners get the Live View notification.
      </p>
      {state && !state.ok && (
        <p role="alert" className="text-xs text-red-600">
          {state.error}
        </p>
      )}
    </div>
  );
}
