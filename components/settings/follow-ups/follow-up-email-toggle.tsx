"use client";

import { startTransition, useActionState, useOptimistic } from "react";
import { setFollowUpEmail } from "@/lib/actions/set-follow-up-email";

// FU4: email follow-ups on or off for the workspace (default on).
export function FollowUpEmailToggle({ on }: { on: boolean }) {
  const [state, dispatch, pending] = useActionState(setFollowUpEmail, undefined);
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
        Email
      </label>
      <p className="text-xs text-slate-500">
        A visitor who leaves with your reply unread gets it by email, if they gave an address. They can answer
        by replying to the email.
      </p>
      {state && !state.ok && (
        <p role="alert" className="text-xs text-red-600">
          {state.error}
        </p>
      )}
    </div>
  );
}
