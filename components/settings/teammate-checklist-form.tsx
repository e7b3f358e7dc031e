"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type FormAction, fieldError, useFormAction } from "@/components/ui/use-form-action";

export interface Teammate {
  userId: string;
  name: string;
}

// One checkbox per teammate; saving replaces the set (a group's members, an account's owners) with the checked
// ones. `field` is the action's array field; `subject` names what the set belongs to (a hidden input).
export function TeammateChecklistForm<T>(props: {
  action: FormAction<T>;
  subject: { name: string; value: string };
  field: string;
  legend: string;
  submitLabel: string;
  teammates: Teammate[];
  checkedIds: string[];
}) {
  const [state, onSubmit, pending] = useFormAction(props.action);
  const error = fieldError(state, props.field) ?? (state && !state.ok ? state.error : undefined);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name={props.subject.name} value={props.subject.value} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium text-slate-700">{props.legend}</legend>
        {props.teammates.map((t) => (
          <label key={t.userId} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name={`${props.field}[]`}
              value={t.userId}
              defaultChecked={props.checkedIds.includes(t.userId)}
              className="size-4"
            />
            {t.name}
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          {props.submitLabel}
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
    </form>
  );
}
