"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { setAutoCharge } from "@/lib/actions/set-auto-charge";

interface Props {
  enabled: boolean;
  amount: string; // dollars, "20.00"
  threshold: string;
  unavailable: string | null; // why auto-charge cannot be turned on, or null
}

// FU7 auto-charge: on/off, how much each top-up adds, and the balance that triggers one.
export function AutoChargeForm({ enabled, amount, threshold, unavailable }: Props) {
  const [state, onSubmit, pending] = useFormAction(setAutoCharge);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {/* A disabled fieldset submits no choice: amounts can still be saved, with auto-charge off. */}
      {unavailable !== null && !enabled && <input type="hidden" name="enabled" value="off" />}
      <fieldset className="flex flex-col gap-1" disabled={unavailable !== null && !enabled}>
        <legend className="text-sm font-medium text-slate-700">Auto-charge</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="enabled" value="on" defaultChecked={enabled} /> On: top up from the saved
          card
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="enabled" value="off" defaultChecked={!enabled} /> Off: texts stop when the
          balance runs out
        </label>
      </fieldset>
      {unavailable && <p className="text-sm text-amber-700">{unavailable}</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Top-up amount (USD)"
          name="amount"
          inputMode="decimal"
          defaultValue={amount}
          hint="Charged to the card each time."
          error={fieldError(state, "amount")}
        />
        <TextField
          label="Top up when the balance is below (USD)"
          name="threshold"
          inputMode="decimal"
          defaultValue={threshold}
          hint="And whenever a text costs more than the balance."
          error={fieldError(state, "threshold")}
        />
      </div>
      <div>
        <Button type="submit" pending={pending}>
          Save auto-charge
        </Button>
      </div>
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
