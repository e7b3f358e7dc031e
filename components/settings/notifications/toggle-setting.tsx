"use client";

import { useId, useOptimistic, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";

interface ToggleSettingProps {
  label: string;
  description?: string;
  enabled: boolean;
  save: (enabled: boolean) => Promise<{ ok: true } | { ok: false; error: string }>;
}

// One labelled on/off switch (a checkbox with role="switch"), saved as soon as it changes.
export function ToggleSetting({ label, description, enabled, save }: ToggleSettingProps) {
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // Shows the new value at once; the server's (re-rendered after the save) takes over when the save ends.
  const [shown, show] = useOptimistic(enabled);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          role="switch"
          aria-checked={shown}
          checked={shown}
          disabled={pending}
          aria-describedby={description ? `${id}-description` : undefined}
          onChange={(event) => {
            const next = event.target.checked;
            startTransition(async () => {
              show(next);
              const result = await save(next);
              setError(result.ok ? null : result.error);
            });
          }}
          className="mt-0.5 size-4 accent-brand-600"
        />
        <div>
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            {label}
          </label>
          {description && (
            <p id={`${id}-description`} className="text-sm text-slate-600">
              {description}
            </p>
          )}
        </div>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
