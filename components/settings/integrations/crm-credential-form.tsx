"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { type FormAction, fieldError, useFormAction } from "@/components/ui/use-form-action";

interface Props<T> {
  action: FormAction<T>;
  name: string; // the CRM, e.g. "HubSpot"
  field: { name: string; label: string; hint: string; placeholder: string; secret?: boolean };
  reconnect?: boolean;
}

// Connect a CRM with one pasted value (a token, a Business Unit ID); the server checks it before storing it.
export function CrmCredentialForm<T>({ action, name, field, reconnect = false }: Props<T>) {
  const [state, onSubmit, pending] = useFormAction(action);
  return (
    <form aria-label={`Connect ${name}`} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextField
        label={field.label}
        name={field.name}
        type={field.secret ? "password" : "text"}
        autoComplete="off"
        placeholder={field.placeholder}
        hint={field.hint}
        error={fieldError(state, field.name)}
      />
      <div>
        <Button type="submit" pending={pending}>
          {reconnect ? `Reconnect ${name}` : `Connect ${name}`}
        </Button>
      </div>
      {state && !state.ok && !state.fieldErrors && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
