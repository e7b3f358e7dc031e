"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { clearAssistance } from "@/lib/actions/clear-assistance";

// AS2: a supervisor turns a request off; nobody is notified.
export function TurnOffAssistanceButton({
  conversationId,
  label,
}: {
  conversationId: string;
  label: string;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const turnOff = () =>
    startTransition(async () => {
      const result = await clearAssistance(undefined, { conversationId });
      setError(result.ok ? null : result.error);
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" pending={pending} onClick={turnOff} aria-label={`Turn off: ${label}`}>
        Turn off
      </Button>
      {error && (
        <p role="alert" className="text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
