"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { acceptInvitation } from "@/lib/actions/accept-invitation";

interface Props {
  token: string;
  email: string;
  workspaceName: string;
  // An existing account proves it is theirs with its password instead of creating a second one.
  hasAccount: boolean;
}

export function AcceptInvitationForm({ token, email, workspaceName, hasAccount }: Props) {
  const [state, onSubmit, pending] = useFormAction(acceptInvitation);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="kind" value={hasAccount ? "existing" : "new"} />
      <TextField label="Email" name="email" type="email" value={email} readOnly />
      {!hasAccount && (
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          autoFocus
          error={fieldError(state, "name")}
        />
      )}
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete={hasAccount ? "current-password" : "new-password"}
        required
        autoFocus={hasAccount}
        hint={hasAccount ? undefined : "At least 8 characters."}
        error={fieldError(state, "password")}
      />
      {!hasAccount && (
        <TextField
          label="Confirm password"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          error={fieldError(state, "confirmPassword")}
        />
      )}
      <Button type="submit" pending={pending}>
        Join {workspaceName}
      </Button>
    </form>
  );
}
