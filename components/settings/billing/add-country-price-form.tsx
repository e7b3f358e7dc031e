"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { saveSmsPrice } from "@/lib/actions/save-sms-price";

// A price for a country the table does not list yet (it otherwise costs the "every other country" price).
export function AddCountryPriceForm() {
  const [state, onSubmit, pending] = useFormAction(saveSmsPrice);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-wrap items-end gap-3">
      <div className="w-32">
        <TextField
          label="Country code"
          name="countryCode"
          placeholder="JP"
          maxLength={2}
          error={fieldError(state, "countryCode")}
        />
      </div>
      <div className="w-36">
        <TextField
          label="Cents per segment"
          name="perSegmentCents"
          type="number"
          min={0}
          max={1000}
          error={fieldError(state, "perSegmentCents")}
        />
      </div>
      <Button type="submit" variant="secondary" pending={pending}>
        Add country
      </Button>
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
    </form>
  );
}
