"use client";

import { EmailField } from "@/components/auth/email-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { createFirstWorkspace } from "@/lib/actions/create-first-workspace";

export function SetupForm() {
  const [state, onSubmit, pending] = useFormAction(createFirstWorkspace);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
      <TextField
        label="Setup token"
        name="token"
        autoComplete="off"
        required
        autoFocus
        hint="Printed in the server log at start (or the value of SETUP_TOKEN)."
        error={fieldError(state, "token")}
      />
      <TextField
        label="Workspace name"
        name="workspaceName"
        autoComplete="organization"
        required
        error={fieldError(state, "workspaceName")}
      />
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        required
        error={fieldError(state, "name")}
      />
      <EmailField error={fieldError(state, "email")} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={fieldError(state, "password")}
      />
      <Button type="submit" pending={pending}>
        Create workspace
      </Button>
    </form>
  );
}
