"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markNotificationRead } from "@/lib/actions/mark-notification-read";

export interface NotificationItemProps {
  id: string;
  title: string;
  body: string;
  time: string; // already formatted in the member's time zone
  timeIso: string;
  unread: boolean;
  conversationId: string | null;
}

// One notification: clicking it marks it read and opens its conversation (or stays here if it has none).
// Title and body are rendered as text: they may quote what a visitor typed.
export function NotificationItem(props: NotificationItemProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const open = () =>
    startTransition(async () => {
      const result = await markNotificationRead(undefined, { notificationId: props.id });
      if (!result.ok) return setError(result.error);
      const conversationId = result.data?.conversationId ?? props.conversationId;
      if (conversationId) router.push(`/inbox/${conversationId}`);
      else router.refresh();
    });
  return (
    <li className={props.unread ? "bg-brand-50/60" : "bg-white"}>
      <button
        type="button"
        onClick={open}
        disabled={pending}
        aria-busy={pending || undefined}
        className="flex w-full items-start gap-3 px-4 py-3 text-left hover:bg-slate-50 disabled:opacity-70"
      >
        <span
          aria-hidden
          className={`mt-1.5 size-2 shrink-0 rounded-full ${props.unread ? "bg-brand-600" : "bg-transparent"}`}
        />
        <span className="min-w-0 flex-1">
          <span className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className={`text-sm ${props.unread ? "font-semibold text-slate-900" : "text-slate-700"}`}>
              {props.unread && <span className="sr-only">Unread: </span>}
              {props.title}
            </span>
            <time dateTime={props.timeIso} className="text-xs text-slate-500">
              {props.time}
            </time>
          </span>
          {props.body && <span className="mt-0.5 block text-sm text-slate-600">{props.body}</span>}
          {props.conversationId && (
            <span className="mt-1 block text-xs text-brand-600">Open conversation →</span>
          )}
        </span>
      </button>
      {error && (
        <p role="alert" className="px-4 pb-2 text-xs text-red-600">
          {error}
        </p>
      )}
    </li>
  );
}
