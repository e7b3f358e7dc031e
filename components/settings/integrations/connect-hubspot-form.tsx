"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { connectHubSpot } from "@/lib/actions/connect-hubspot";

// Self-hosted installs connect with a private-app or service key token; it is checked before it is stored.
export function ConnectHubSpotForm({ reconnect = false }: { reconnect?: boolean }) {
  const [state, onSubmit, pending] = useFormAction(connectHubSpot);
  return (
    <form aria-label="Connect HubSpot" onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextField
        label="Private app or service key token"
        name="token"
        type="password"
        autoComplete="off"
        placeholder="pat-…"
        hint="Needs read access to companies, contacts and owners. Stored encrypted; never shown again."
        error={fieldError(state, "token")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {reconnect ? "Reconnect HubSpot" : "Connect HubSpot"}
        </Button>
      </div>
      {state && !state.ok && !state.fieldErrors && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
