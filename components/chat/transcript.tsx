import { useEffect, useRef } from "react";
import type { TranscriptMessage } from "@/lib/chat/transcript";
import { formatClockTime } from "@/lib/time/format";

// The conversation so far. Every body is rendered as text (React escapes it): a visitor's message is never HTML.
export function Transcript({
  messages,
  seenMessageId,
  visitorName,
  timeZone,
}: {
  messages: TranscriptMessage[];
  seenMessageId: string | null;
  visitorName: string;
  timeZone: string;
}) {
  const log = useRef<HTMLDivElement>(null);
  const count = messages.length;
  // Stay at the newest message as messages arrive.
  useEffect(() => {
    if (count > 0 && log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [count]);

  return (
    <div
      ref={log}
      role="log"
      aria-label="Transcript"
      className="flex h-[55vh] min-h-64 flex-col gap-3 overflow-y-auto p-4"
    >
      {count === 0 && <p className="m-auto text-sm text-slate-500">No messages yet.</p>}
      {messages.map((m) => (
        <Message
          key={m.id}
          message={m}
          author={m.authorType === "visitor" ? visitorName : (m.authorName ?? "Agent")}
          time={formatClockTime(new Date(m.createdAt), timeZone)}
          seen={m.id === seenMessageId}
        />
      ))}
    </div>
  );
}

function Message({
  message,
  author,
  time,
  seen,
}: {
  message: TranscriptMessage;
  author: string;
  time: string;
  seen: boolean;
}) {
  if (message.authorType === "system") {
    return (
      <p className="self-center text-xs text-slate-500">
        {message.body} · <time dateTime={message.createdAt}>{time}</time>
      </p>
    );
  }
  const fromAgent = message.authorType === "agent";
  const bubble = message.internal
    ? "bg-amber-50 border border-amber-200 text-slate-900"
    : fromAgent
      ? "bg-brand-600 text-white"
      : "bg-slate-100 text-slate-900";
  return (
    <div className={`flex max-w-[75%] flex-col gap-1 ${fromAgent ? "self-end items-end" : "self-start"}`}>
      <p className="text-xs text-slate-500">
        <span className="font-medium text-slate-700">{author}</span>
        {message.internal && " · Internal note"}
        {message.kind !== "text" && ` · ${kindLabel[message.kind]}`} ·{" "}
        <time dateTime={message.createdAt}>{time}</time>
      </p>
      <p className={`whitespace-pre-wrap break-words rounded-lg px-3 py-2 text-sm ${bubble}`}>
        {message.body}
      </p>
      {seen && <p className="text-xs text-slate-500">Seen</p>}
    </div>
  );
}

// SK8: what a card or form message was, as the visitor saw it in the widget.
const kindLabel: Record<Exclude<TranscriptMessage["kind"], "text">, string> = {
  booking_link: "Booking link card",
  contact_request: "Contact details form",
  contact_answer: "Answered the contact form",
};
