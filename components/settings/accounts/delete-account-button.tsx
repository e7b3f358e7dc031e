"use client";

import { startTransition, useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deleteAccount } from "@/lib/actions/delete-account";

// Deleting takes the account's owners and contacts with it; the browser's confirm keeps it deliberate.
export function DeleteAccountButton({ accountId, name }: { accountId: string; name: string }) {
  const [state, dispatch, pending] = useActionState(deleteAccount, undefined);
  const remove = () => {
    if (!window.confirm(`Delete ${name} with its owners and contacts?`)) return;
    startTransition(() => dispatch({ accountId }));
  };
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button variant="danger" pending={pending} onClick={remove}>
          Delete {name}
        </Button>
      </div>
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
    </div>
  );
}
