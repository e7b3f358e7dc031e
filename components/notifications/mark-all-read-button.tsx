"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { markAllNotificationsRead } from "@/lib/actions/mark-all-notifications-read";

export function MarkAllReadButton({ disabled }: { disabled: boolean }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const markAll = () =>
    startTransition(async () => {
      const result = await markAllNotificationsRead(undefined, {});
      setMessage(
        result.ok ? { ok: true, text: result.message ?? "Done." } : { ok: false, text: result.error },
      );
    });
  return (
    <div className="flex items-center gap-3">
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`text-sm ${message.ok ? "text-slate-600" : "text-red-600"}`}
        >
          {message.text}
        </p>
      )}
      <Button variant="secondary" pending={pending} disabled={disabled} onClick={markAll}>
        Mark all read
      </Button>
    </div>
  );
}
