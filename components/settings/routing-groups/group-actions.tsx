"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { deleteRoutingGroup } from "@/lib/actions/delete-routing-group";
import { makeDefaultRoutingGroup } from "@/lib/actions/make-default-routing-group";

// "Make default" and "Delete" (with a confirmation step) for a group that is not the default.
export function GroupActions({ groupId, name }: { groupId: string; name: string }) {
  const [defaultState, onMakeDefault, makingDefault] = useFormAction(makeDefaultRoutingGroup);
  const [deleteState, onDelete, deleting] = useFormAction(deleteRoutingGroup);
  const [confirming, setConfirming] = useState(false);
  const error = [defaultState, deleteState].find((s) => s && !s.ok);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <form onSubmit={onMakeDefault}>
          <input type="hidden" name="groupId" value={groupId} />
          <Button
            type="submit"
            variant="secondary"
            pending={makingDefault}
            aria-label={`Make ${name} the default group`}
          >
            Make default
          </Button>
        </form>
        {confirming ? (
          <form onSubmit={onDelete} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="groupId" value={groupId} />
            <span className="text-sm text-slate-700">
              Delete {name}? Its conversations keep their history.
            </span>
            <Button type="submit" variant="danger" pending={deleting}>
              Yes, delete
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </form>
        ) : (
          <Button variant="danger" aria-label={`Delete ${name}`} onClick={() => setConfirming(true)}>
            Delete
          </Button>
        )}
      </div>
      {error && !error.ok && <Alert tone="error">{error.error}</Alert>}
    </div>
  );
}
