"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { renameRoutingGroup } from "@/lib/actions/rename-routing-group";

export function RenameGroupForm({ groupId, name }: { groupId: string; name: string }) {
  const [state, onSubmit, pending] = useFormAction(renameRoutingGroup);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="groupId" value={groupId} />
      <div className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end">
        <TextField
          label={`New name for ${name}`}
          name="name"
          defaultValue={name}
          maxLength={60}
          required
          error={fieldError(state, "name")}
        />
        <Button type="submit" variant="secondary" pending={pending}>
          Rename
        </Button>
      </div>
      {state && !state.ok && !state.fieldErrors && (
        <p role="alert" className="text-xs text-red-600">
          {state.error}
        </p>
      )}
    </form>
  );
}
