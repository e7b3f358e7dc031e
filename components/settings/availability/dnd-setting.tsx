"use client";

import { startTransition, useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setAvailability } from "@/lib/actions/set-availability";
import {
  type AvailabilityChoice,
  availabilityChoiceLabel,
  availabilityChoices,
} from "@/lib/availability/dnd-choices";

// Do Not Disturb from the settings page: the same choices and action as the status control in the shell,
// so its end is computed on the server in the member's time zone either way.
export function DndSetting({ currentLabel }: { currentLabel: string }) {
  const [state, dispatch, pending] = useActionState(setAvailability, undefined);
  const choose = (choice: AvailabilityChoice) => startTransition(() => dispatch({ choice }));
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700" role="status">
        Now: <strong>{currentLabel}</strong>
      </p>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">Set Do Not Disturb</legend>
        {availabilityChoices.map((choice) => (
          <Button key={choice} variant="secondary" disabled={pending} onClick={() => choose(choice)}>
            {availabilityChoiceLabel[choice]}
          </Button>
        ))}
      </fieldset>
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
    </div>
  );
}
