"use client";

import { type KeyboardEvent, useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { replyToConversation } from "@/lib/actions/reply-to-conversation";
import { MAX_MESSAGE_LENGTH } from "@/lib/chat/schemas";
import type { MessagePayload } from "@/lib/realtime/events";

const COUNTER_FROM = MAX_MESSAGE_LENGTH - 500;

// Enter sends, Shift+Enter starts a new line. What was typed stays when sending fails.
export function ReplyComposer({
  conversationId,
  onSent,
  onKeystroke,
  onStop,
}: {
  conversationId: string;
  onSent: (message: MessagePayload) => void;
  onKeystroke: () => void;
  onStop: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const send = () => {
    if (pending) return;
    if (!body.trim()) return setError("Write a message");
    if (body.length > MAX_MESSAGE_LENGTH) {
      return setError(`Keep messages under ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters`);
    }
    onStop();
    startTransition(async () => {
      const result = await replyToConversation(undefined, { conversationId, body });
      if (!result.ok) return setError(result.fieldErrors?.body ?? result.error);
      setBody("");
      setError(null);
      if (result.data) onSent(result.data);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== "Enter" || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    send();
  };

  return (
    <form
      className="flex flex-col gap-2 border-t border-slate-200 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label htmlFor={id} className="sr-only">
        Reply
      </label>
      <textarea
        id={id}
        value={body}
        rows={3}
        placeholder="Write a reply… (Enter to send, Shift+Enter for a new line)"
        onChange={(e) => {
          setBody(e.target.value);
          if (error) setError(null);
          onKeystroke();
        }}
        onKeyDown={onKeyDown}
        onBlur={onStop}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-count`}
        className="w-full resize-y rounded-md border border-slate-300 px-3 py-2 text-sm shadow-xs placeholder:text-slate-400 focus:border-brand-500 aria-[invalid=true]:border-red-500"
      />
      <div className="flex items-center gap-3">
        {error && (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
            {error}
          </p>
        )}
        <p id={`${id}-count`} className="ml-auto text-xs text-slate-500">
          {body.length >= COUNTER_FROM &&
            `${body.length.toLocaleString("en")} / ${MAX_MESSAGE_LENGTH.toLocaleString("en")}`}
        </p>
        <Button type="submit" pending={pending}>
          Send
        </Button>
      </div>
    </form>
  );
}
