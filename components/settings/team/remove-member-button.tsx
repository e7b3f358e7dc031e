"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { removeTeammate } from "@/lib/actions/remove-teammate";

// Two steps, because removing someone takes them out of every routing group at once.
export function RemoveMemberButton({ userId, name }: { userId: string; name: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, onSubmit, pending] = useFormAction(removeTeammate);
  if (!confirming) {
    return (
      <Button variant="danger" aria-label={`Remove ${name}`} onClick={() => setConfirming(true)}>
        Remove
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <span className="text-sm text-slate-700">Remove {name} from the workspace?</span>
      <Button type="submit" variant="danger" pending={pending}>
        Yes, remove
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
      {state && !state.ok && (
        <p role="alert" className="w-full text-xs text-red-600">
          {state.error}
        </p>
      )}
    </form>
  );
}
