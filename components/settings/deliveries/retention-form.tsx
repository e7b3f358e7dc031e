"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { saveRetentionSettings } from "@/lib/actions/save-retention-settings";
import {
  defaultRetentionDays,
  type RetentionKind,
  retentionKinds,
  retentionLabels,
} from "@/lib/retention/policy";

// Days kept per kind; each field says its default.
export function RetentionForm({ days }: { days: Record<RetentionKind, number> }) {
  const [state, onSubmit, pending] = useFormAction(saveRetentionSettings);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {retentionKinds.map((kind) => (
          <TextField
            key={kind}
            label={`${retentionLabels[kind]} (days)`}
            name={kind}
            type="number"
            min={1}
            max={3650}
            step={1}
            inputMode="numeric"
            defaultValue={days[kind]}
            hint={`Default ${defaultRetentionDays[kind]} days`}
            error={fieldError(state, kind)}
          />
        ))}
      </div>
      <div>
        <Button type="submit" pending={pending}>
          Save retention
        </Button>
      </div>
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
