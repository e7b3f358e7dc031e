"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { addAccountContact } from "@/lib/actions/add-account-contact";

// A contact is how a known visitor is matched to this account before any domain is looked at.
export function ContactForm({ accountId, accountName }: { accountId: string; accountName: string }) {
  const [state, onSubmit, pending] = useFormAction(addAccountContact);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      aria-label={`Add a contact to ${accountName}`}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-3"
    >
      <input type="hidden" name="accountId" value={accountId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Contact name" name="name" maxLength={120} error={fieldError(state, "name")} />
        <TextField label="Contact email" name="email" type="email" error={fieldError(state, "email")} />
        <TextField label="Contact phone" name="phone" type="tel" error={fieldError(state, "phone")} />
      </div>
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          Add contact
        </Button>
      </div>
      {state && !state.ok && !state.fieldErrors && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
