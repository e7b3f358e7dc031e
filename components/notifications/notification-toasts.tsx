"use client";

import { useEffect } from "react";
import { startChatVisitor } from "@/components/notifications/tab-reaction";
import { Button } from "@/components/ui/button";
import type { NotificationPayload } from "@/lib/realtime/events";

const AUTO_DISMISS_MS = 10_000;

interface ToastsProps {
  toasts: NotificationPayload[];
  onDismiss: (id: string) => void;
  onOpen: (payload: NotificationPayload) => void;
  onStartChat: (payload: NotificationPayload, visitorId: string) => void;
}

// The in-app toasts, bottom right. The region is a live region (role="status") so screen readers announce a
// new toast without taking focus away from what the agent is typing.
export function NotificationToasts({ toasts, onDismiss, onOpen, onStartChat }: ToastsProps) {
  return (
    <section
      aria-label="Notifications"
      className="pointer-events-none fixed right-4 bottom-4 z-40 flex w-80 flex-col gap-2"
    >
      {toasts.map((toast) => (
        <Toast key={toast.id} toast={toast} onDismiss={onDismiss} onOpen={onOpen} onStartChat={onStartChat} />
      ))}
    </section>
  );
}

function Toast({
  toast,
  onDismiss,
  onOpen,
  onStartChat,
}: Omit<ToastsProps, "toasts"> & { toast: NotificationPayload }) {
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(toast.id), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [toast.id, onDismiss]);
  const visitorId = startChatVisitor(toast);
  return (
    <div
      role="status"
      aria-label={toast.title}
      className="pointer-events-auto rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-lg"
    >
      <p className="font-medium text-slate-900">{toast.title}</p>
      {toast.body && <p className="mt-1 text-slate-600">{toast.body}</p>}
      <div className="mt-3 flex flex-wrap gap-2">
        {visitorId && <Button onClick={() => onStartChat(toast, visitorId)}>Start chat</Button>}
        <Button variant={visitorId ? "secondary" : "primary"} onClick={() => onOpen(toast)}>
          Open
        </Button>
        <Button variant="ghost" onClick={() => onDismiss(toast.id)}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
