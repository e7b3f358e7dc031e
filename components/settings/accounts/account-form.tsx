"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { createAccount } from "@/lib/actions/create-account";
import { updateAccount } from "@/lib/actions/update-account";

interface AccountFormProps {
  // Absent: a new account.
  account?: { id: string; name: string; domains: string[]; target: boolean };
}

// Create or edit an account's name, domains and target flag. Uncontrolled fields are fine here:
// useFormAction keeps them when the server answers with errors.
export function AccountForm({ account }: AccountFormProps) {
  const [state, onSubmit, pending] = useFormAction(account ? updateAccount : createAccount);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && !account) form.current?.reset();
  }, [state, account]);
  const label = account ? `Edit ${account.name}` : "New account";
  return (
    <form ref={form} aria-label={label} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {account && <input type="hidden" name="accountId" value={account.id} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Account name"
          name="name"
          defaultValue={account?.name}
          maxLength={120}
          required
          error={fieldError(state, "name")}
        />
        <TextField
          label="Domains"
          name="domains"
          defaultValue={account?.domains.join(", ")}
          placeholder="acme.com, acme.io"
          hint="Visitors writing from these domains belong to this account."
          error={fieldError(state, "domains")}
        />
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="target" defaultChecked={account?.target} className="size-4" />
        Target account (its owners get a Slack DM when it starts a conversation)
      </label>
      <div>
        <Button type="submit" variant={account ? "secondary" : "primary"} pending={pending}>
          {account ? "Save account" : "Create account"}
        </Button>
      </div>
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
      {state && !state.ok && !state.fieldErrors && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
