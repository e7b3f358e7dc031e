"use client";

import { type KeyboardEvent, useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { addInternalNote } from "@/lib/actions/add-internal-note";
import { replyToConversation } from "@/lib/actions/reply-to-conversation";
import type { Mentionable } from "@/lib/chat/mentions";
import { MAX_MESSAGE_LENGTH } from "@/lib/chat/schemas";
import type { TranscriptMessage } from "@/lib/chat/transcript";
import { type ComposerMode, ComposerModeSwitch } from "./composer-mode";
import { MentionListbox, mentionOptionId } from "./mention-listbox";
import { useMentions } from "./use-mentions";

const COUNTER_FROM = MAX_MESSAGE_LENGTH - 500;

// Enter sends, Shift+Enter starts a new line. What was typed stays when sending fails. An internal note never
// reaches the visitor, so typing signals are only sent while replying.
export function ReplyComposer({
  conversationId,
  teammates,
  onSent,
  onKeystroke,
  onStop,
}: {
  conversationId: string;
  teammates: Mentionable[];
  onSent: (message: TranscriptMessage) => void;
  onKeystroke: () => void;
  onStop: () => void;
}) {
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [mode, setMode] = useState<ComposerMode>("reply");
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const note = mode === "note";
  const mentions = useMentions(teammates, note);

  const apply = (r: { text: string; caret: number }) => {
    setBody(r.text);
    requestAnimationFrame(() => textarea.current?.setSelectionRange(r.caret, r.caret));
  };

  const send = () => {
    if (pending) return;
    if (!body.trim()) return setError(note ? "Write a note" : "Write a message");
    if (body.length > MAX_MESSAGE_LENGTH) {
      return setError(`Keep messages under ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters`);
    }
    onStop();
    startTransition(async () => {
      const result = note
        ? await addInternalNote(undefined, {
            conversationId,
            body,
            mentionedUserIds: mentions.mentionedIds(body),
          })
        : await replyToConversation(undefined, { conversationId, body });
      if (!result.ok) return setError(result.fieldErrors?.body ?? result.error);
      setBody("");
      setError(null);
      mentions.reset();
      if (result.data) onSent(result.data);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (mentions.onKeyDown(e, apply)) return;
    if (e.key !== "Enter" || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    send();
  };

  const listId = `${id}-mentions`;
  const activeOption = mentions.open ? mentions.options[mentions.active] : undefined;
  return (
    <form
      className={`flex flex-col gap-2 border-t border-slate-200 p-3 ${note ? "bg-amber-50/60" : ""}`}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <ComposerModeSwitch
        mode={mode}
        controls={id}
        onChange={(m) => {
          setMode(m);
          onStop();
          mentions.track("", 0);
        }}
      />
      <label htmlFor={id} className="sr-only">
        {note ? "Internal note" : "Reply"}
      </label>
      <textarea
        ref={textarea}
        id={id}
        value={body}
        rows={3}
        placeholder={
          note
            ? "Write a note for your team… type @ to mention a teammate"
            : "Write a reply… (Enter to send, Shift+Enter for a new line)"
        }
        onChange={(e) => {
          setBody(e.target.value);
          if (error) setError(null);
          mentions.track(e.target.value, e.target.selectionStart);
          if (!note) onKeystroke();
        }}
        onKeyDown={onKeyDown}
        onBlur={onStop}
        aria-controls={mentions.open ? listId : undefined}
        aria-activedescendant={activeOption ? mentionOptionId(listId, activeOption.userId) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-count`}
        className="w-full resize-y rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-xs placeholder:text-slate-400 focus:border-brand-500 aria-[invalid=true]:border-red-500"
      />
      {mentions.open && (
        <MentionListbox
          id={listId}
          options={mentions.options}
          active={mentions.active}
          onPick={(t) => {
            const r = mentions.pick(body, textarea.current?.selectionStart ?? body.length, t);
            if (r) apply(r);
          }}
        />
      )}
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
          {note ? "Add note" : "Send"}
        </Button>
      </div>
    </form>
  );
}
