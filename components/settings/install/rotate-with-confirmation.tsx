"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/safe-action";

// A danger button that asks once ("what stops working") before replacing a secret, then says what happened.
export function RotateWithConfirmation({
  label,
  warning,
  rotate,
  onRotated,
}: {
  label: string;
  warning: string;
  rotate: () => Promise<ActionState>;
  onRotated?: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await rotate();
      setConfirming(false);
      if (result.ok) onRotated?.();
      setNotice(
        result.ok
          ? { tone: "success", text: result.message ?? "Rotated" }
          : { tone: "error", text: result.error },
      );
    });
  return (
    <div className="flex flex-col gap-3">
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">{warning}</span>
          <Button variant="danger" onClick={confirm} pending={pending}>
            Yes, rotate
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <div>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {label}
          </Button>
        </div>
      )}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </div>
  );
}
