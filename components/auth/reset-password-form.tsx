"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { resetPassword } from "@/lib/actions/reset-password";
import { NewPasswordFields } from "./new-password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, onSubmit, pending] = useFormAction(resetPassword);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} name="password" autoFocus />
      <Button type="submit" pending={pending}>
        Set new password
      </Button>
    </form>
  );
}
