"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { setAccountOwners } from "@/lib/actions/set-account-owners";

export interface Teammate {
  userId: string;
  name: string;
}

// One checkbox per member; saving replaces the account's owners with the checked ones.
export function OwnersForm(props: {
  accountId: string;
  accountName: string;
  teammates: Teammate[];
  ownerIds: string[];
}) {
  const [state, onSubmit, pending] = useFormAction(setAccountOwners);
  const error = fieldError(state, "owners") ?? (state && !state.ok ? state.error : undefined);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="accountId" value={props.accountId} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium text-slate-700">Owners of {props.accountName}</legend>
        {props.teammates.map((t) => (
          <label key={t.userId} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="owners[]"
              value={t.userId}
              defaultChecked={props.ownerIds.includes(t.userId)}
              className="size-4"
            />
            {t.name}
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          Save owners
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
    </form>
  );
}
