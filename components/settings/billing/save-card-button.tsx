"use client";

import { startTransition, useActionState, useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { startCardSetup } from "@/lib/actions/start-card-setup";

// Opens Stripe Checkout (setup mode); Stripe sends the admin back to /api/billing/card, then to this page.
export function SaveCardButton({ hasCard }: { hasCard: boolean }) {
  const [state, dispatch, pending] = useActionState(startCardSetup, undefined);
  const url = state?.ok ? state.data?.url : undefined;
  useEffect(() => {
    if (url) window.location.assign(url);
  }, [url]);
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button
          variant="secondary"
          pending={pending || Boolean(url)}
          onClick={() => startTransition(() => dispatch({}))}
        >
          {hasCard ? "Replace card" : "Save a card"}
        </Button>
      </div>
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
    </div>
  );
}
