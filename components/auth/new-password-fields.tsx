"use client";

import { TextField } from "@/components/ui/field";
import { fieldError } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/safe-action";

// "New password" and its confirmation, as every form that sets a password asks for them.
export function NewPasswordFields({
  state,
  name,
  hint = "At least 8 characters.",
  autoFocus = false,
}: {
  state: ActionState | undefined;
  name: string;
  hint?: string;
  autoFocus?: boolean;
}) {
  return (
    <>
      <TextField
        label="New password"
        name={name}
        type="password"
        autoComplete="new-password"
        required
        autoFocus={autoFocus}
        hint={hint}
        error={fieldError(state, name)}
      />
      <TextField
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError(state, "confirmPassword")}
      />
    </>
  );
}
