"use client";

import { startTransition, useActionState } from "react";
import { Button } from "@/components/ui/button";
import { removeAccountContact } from "@/lib/actions/remove-account-contact";

export function RemoveContactButton({ contactId, label }: { contactId: string; label: string }) {
  const [state, dispatch, pending] = useActionState(removeAccountContact, undefined);
  return (
    <>
      <Button
        variant="ghost"
        pending={pending}
        aria-label={`Remove ${label}`}
        onClick={() => startTransition(() => dispatch({ contactId }))}
      >
        Remove
      </Button>
      {state && !state.ok && (
        <span role="alert" className="text-xs text-red-600">
          {state.error}
        </span>
      )}
    </>
  );
}
