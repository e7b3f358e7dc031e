"use client";

import { type ReactNode, startTransition, useActionState, useOptimistic } from "react";
import type { ActionState } from "@/lib/actions/safe-action";

type SwitchAction<I, T> = (state: ActionState<T> | undefined, input: I) => Promise<ActionState<T>>;

// A workspace setting that is on or off: the switch moves at once (optimistic) and the action saves it; a refusal
// is shown under it. `input` builds what the action receives from the new value.
export function SwitchSetting<I, T>({
  on,
  action,
  input,
  label,
  hint,
}: {
  on: boolean;
  action: SwitchAction<I, T>;
  input: (on: boolean) => I;
  label: ReactNode;
  hint: ReactNode;
}) {
  const [state, dispatch, pending] = useActionState(action, undefined);
  const [shown, setShown] = useOptimistic(on);
  const toggle = (next: boolean) =>
    startTransition(() => {
      setShown(next);
      dispatch(input(next));
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
        {label}
      </label>
      <p className="text-xs text-slate-500">{hint}</p>
      {state && !state.ok && (
        <p role="alert" className="text-xs text-red-600">
          {state.error}
        </p>
      )}
    </div>
  );
}
