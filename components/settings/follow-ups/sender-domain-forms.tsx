"use client";

import { ActionMessage } from "@/components/settings/integrations/action-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { type FormAction, fieldError, useFormAction } from "@/components/ui/use-form-action";
import {
  addFollowUpSenderDomain,
  checkFollowUpSenderDomain,
  removeFollowUpSenderDomain,
} from "@/lib/actions/sender-domain";

export function AddSenderDomainForm() {
  const [state, onSubmit, pending] = useFormAction(addFollowUpSenderDomain as FormAction<unknown>);
  return (
    <form aria-label="Add a sender domain" onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextField
        label="Domain"
        name="domain"
        autoComplete="off"
        placeholder="mail.example.com"
        hint="A (sub)domain you control; follow-ups will come from chat@ that domain once it is verified."
        error={fieldError(state, "domain")}
      />
      <div>
        <Button type="submit" pending={pending}>
          Add domain
        </Button>
      </div>
      {state && !state.ok && !state.fieldErrors && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}

export function SenderDomainActions() {
  const [checked, check, checking] = useFormAction(checkFollowUpSenderDomain as FormAction<unknown>);
  const [removed, remove, removing] = useFormAction(removeFollowUpSenderDomain as FormAction<unknown>);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form aria-label="Check verification" onSubmit={check}>
        <Button type="submit" variant="secondary" pending={checking}>
          Check verification
        </Button>
      </form>
      <form aria-label="Remove the sender domain" onSubmit={remove}>
        <Button type="submit" variant="danger" pending={removing}>
          Remove
        </Button>
      </form>
      <ActionMessage state={checked ?? removed} />
    </div>
  );
}
