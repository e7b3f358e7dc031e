"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { saveSlaPolicy } from "@/lib/actions/save-sla-policy";

const targets = [
  { name: "firstResponse", label: "First response target", hint: "Required" },
  { name: "nextResponse", label: "Next response target", hint: "Optional: after each visitor message" },
  { name: "resolution", label: "Resolution target", hint: "Optional: until the conversation is closed" },
] as const;

// A target is a whole number and a unit; the unit select is named after its target for screen readers.
function TargetField({
  name,
  label,
  hint,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  error?: string;
}) {
  return (
    <div className="grid grid-cols-[1fr_8rem] items-start gap-2">
      <TextField
        label={label}
        name={name}
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        hint={hint}
        error={error}
      />
      <SelectField label={`${label} unit`} name={`${name}Unit`} defaultValue="minutes">
        <option value="minutes">minutes</option>
        <option value="hours">hours</option>
      </SelectField>
    </div>
  );
}

// Saving for a group that already has a policy replaces it.
export function SlaPolicyForm({ groups }: { groups: { id: string; name: string }[] }) {
  const [state, onSubmit, pending] = useFormAction(saveSlaPolicy);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <SelectField label="Routing group" name="groupId" defaultValue="" error={fieldError(state, "groupId")}>
        <option value="" disabled>
          Choose a group…
        </option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </SelectField>
      {targets.map((t) => (
        <TargetField key={t.name} {...t} error={fieldError(state, t.name)} />
      ))}
      <TextField
        label="Warning point (% of the target)"
        name="warningPercent"
        type="number"
        min={1}
        max={99}
        defaultValue={75}
        hint="The assignee is warned when this share of the target has passed without a reply."
        error={fieldError(state, "warningPercent")}
      />
      <div>
        <Button type="submit" pending={pending}>
          Save policy
        </Button>
      </div>
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
