"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { inviteTeammate } from "@/lib/actions/invite-teammate";
import { InviteLink } from "./invite-link";
import { roleOptions } from "./member-role-select";

const deliveryNote = {
  sent: "We emailed the invitation.",
  captured: "Email is in capture mode: the invitation was printed to the server log, not sent.",
  failed: "The invitation email could not be sent",
} as const;

export function InviteForm() {
  const [state, onSubmit, pending] = useFormAction(inviteTeammate);
  const form = useRef<HTMLFormElement>(null);
  const invited = state?.ok ? state.data : undefined;
  useEffect(() => {
    if (invited) form.current?.reset();
  }, [invited]);

  return (
    <div className="flex flex-col gap-4">
      <form
        ref={form}
        aria-label="Invite a teammate"
        onSubmit={onSubmit}
        noValidate
        className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
      >
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required
          error={fieldError(state, "email")}
        />
        <SelectField label="Role" name="role" defaultValue="agent" error={fieldError(state, "role")}>
          {roleOptions.map(([role, label]) => (
            <option key={role} value={role}>
              {label}
            </option>
          ))}
        </SelectField>
        <Button type="submit" pending={pending}>
          Send invitation
        </Button>
      </form>
      {state && !state.ok && !state.fieldErrors && <Alert tone="error">{state.error}</Alert>}
      {invited && (
        <div className="flex flex-col gap-3">
          <Alert tone={invited.delivery.status === "failed" ? "error" : "success"}>
            Invitation created for {invited.email}. {deliveryNote[invited.delivery.status]}
            {invited.delivery.status === "failed" && `: ${invited.delivery.reason}`} This link is shown only
            once: share it with them directly if needed.
          </Alert>
          <InviteLink url={invited.url} />
        </div>
      )}
    </div>
  );
}
