"use client";

import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { changePassword } from "@/lib/actions/change-password";
import { signOutEverywhere } from "@/lib/actions/sign-out-everywhere";

// changed: the page was reached through a successful change (the action redirects here).
export function PasswordForm({ changed }: { changed: boolean }) {
  const [state, onSubmit, pending] = useFormAction(changePassword);
  return (
    <div className="flex max-w-md flex-col gap-6">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
        {state?.ok && <Alert tone="success">{state.message}</Alert>}
        {changed && !state && (
          <Alert tone="success">Password changed. Your other sessions were signed out.</Alert>
        )}
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={fieldError(state, "currentPassword")}
        />
        <NewPasswordFields
          state={state}
          name="newPassword"
          hint="At least 8 characters. Your other sessions will be signed out."
        />
        <div>
          <Button type="submit" pending={pending}>
            Change password
          </Button>
        </div>
      </form>
      <form action={signOutEverywhere} className="border-t border-slate-200 pt-4">
        <p className="mb-2 text-sm text-slate-600">
          Signed in on a computer you no longer use? End every session, this one included.
        </p>
        <Button type="submit" variant="secondary">
          Sign out everywhere
        </Button>
      </form>
    </div>
  );
}
