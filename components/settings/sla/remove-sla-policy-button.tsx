"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { deleteSlaPolicy } from "@/lib/actions/delete-sla-policy";

export function RemoveSlaPolicyButton({ policyId, groupName }: { policyId: string; groupName: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    startTransition(async () => {
      const result = await deleteSlaPolicy(undefined, { policyId });
      setError(result.ok ? null : result.error);
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="danger"
        pending={pending}
        onClick={remove}
        aria-label={`Remove the SLA policy for ${groupName}`}
      >
        Remove
      </Button>
      {error && (
        <p role="alert" className="text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
