"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { clearAssistance } from "@/lib/actions/clear-assistance";
import { requestAssistance } from "@/lib/actions/request-assistance";

// "Need assistance" (AS1/AS2): pressed while the request is open. Pressing it asks the workspace's
// supervisors for help; pressing it again withdraws the request. The page re-renders from the server after.
export function AssistanceToggle({ conversationId, pressed }: { conversationId: string; pressed: boolean }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = () =>
    startTransition(async () => {
      const action = pressed ? clearAssistance : requestAssistance;
      const result = await action(undefined, { conversationId });
      setError(result.ok ? null : result.error);
    });
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        aria-pressed={pressed}
        aria-busy={pending || undefined}
        disabled={pending}
        onClick={toggle}
        className="inline-flex items-center justify-center gap-2 rounded-md border border-amber-300 bg-white px-3 py-2 text-sm font-medium text-amber-900 hover:bg-amber-50 disabled:cursor-not-allowed aria-pressed:border-amber-500 aria-pressed:bg-amber-100"
      >
        Need assistance
      </button>
      <p className="text-xs text-slate-500">
        {pressed
          ? "Supervisors have been asked to help. Press again to withdraw."
          : "Asks a supervisor to help."}
      </p>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
