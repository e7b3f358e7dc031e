"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { createRoutingGroup } from "@/lib/actions/create-routing-group";

export function CreateGroupForm() {
  const [state, onSubmit, pending] = useFormAction(createRoutingGroup);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <TextField label="Group name" name="name" maxLength={60} required error={fieldError(state, "name")} />
        <Button type="submit" pending={pending}>
          Create group
        </Button>
      </div>
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
      {state && !state.ok && !state.fieldErrors && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
