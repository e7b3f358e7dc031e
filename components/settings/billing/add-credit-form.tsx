"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { addSmsCredit } from "@/lib/actions/add-sms-credit";

// FU7 "Add credit": an admin's credit, recorded in the ledger with their name. `requestId` is new with each
// render of the page, so a double submit of one form adds the credit once.
export function AddCreditForm({ requestId }: { requestId: string }) {
  const [state, onSubmit, pending] = useFormAction(addSmsCredit);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="requestId" value={requestId} />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <TextField
          label="Credit to add (USD)"
          name="amount"
          inputMode="decimal"
          placeholder="25.00"
          error={fieldError(state, "amount")}
        />
        <TextField
          label="Note"
          name="note"
          placeholder="Invoice 2026-12, promotion…"
          hint="Shown in the ledger."
          error={fieldError(state, "note")}
        />
      </div>
      <div>
        <Button type="submit" pending={pending}>
          Add credit
        </Button>
      </div>
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
