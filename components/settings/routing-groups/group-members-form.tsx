"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { setRoutingGroupMembers } from "@/lib/actions/set-routing-group-members";

export interface Teammate {
  userId: string;
  name: string;
}

// One checkbox per member of the workspace; saving replaces the group's members with the checked ones.
export function GroupMembersForm(props: {
  groupId: string;
  groupName: string;
  teammates: Teammate[];
  memberIds: string[];
}) {
  const [state, onSubmit, pending] = useFormAction(setRoutingGroupMembers);
  const error = fieldError(state, "members") ?? (state && !state.ok ? state.error : undefined);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="groupId" value={props.groupId} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium text-slate-700">Members of {props.groupName}</legend>
        {props.teammates.map((t) => (
          <label key={t.userId} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="members[]"
              value={t.userId}
              defaultChecked={props.memberIds.includes(t.userId)}
              className="size-4"
            />
            {t.name}
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          Save members
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {state?.ok && state.message && <Alert tone="success">{state.message}</Alert>}
    </form>
  );
}
