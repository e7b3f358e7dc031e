"use client";

import { EmailField } from "@/components/auth/email-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { requestPasswordReset } from "@/lib/actions/request-password-reset";

export function ForgotPasswordForm() {
  const [state, onSubmit, pending] = useFormAction(requestPasswordReset);
  if (state?.ok) return <Alert tone="success">{state.message}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
      <EmailField error={fieldError(state, "email")} autoFocus />
      <Button type="submit" pending={pending}>
        Email me a reset link
      </Button>
    </form>
  );
}
