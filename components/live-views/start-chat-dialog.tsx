"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { startChatWithVisitor } from "@/lib/actions/start-chat-with-visitor";
import { greetingFor } from "@/lib/chat/visitor-label";

export interface ChatTarget {
  visitorId: string;
  label: string; // how the row names the visitor
  name: string | null;
}

// A modal (native <dialog>: focus trap, Escape) with a greeting to edit; Send opens the conversation.
export function StartChatDialog({ target, onClose }: { target: ChatTarget | null; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (target && !dialog.current?.open) dialog.current?.showModal();
    if (!target && dialog.current?.open) dialog.current.close();
    setError(null);
  }, [target]);

  const send = (form: FormData) =>
    startTransition(async () => {
      if (!target) return;
      const body = String(form.get("body") ?? "");
      const result = await startChatWithVisitor(undefined, { visitorId: target.visitorId, body });
      if (!result.ok) return setError(result.fieldErrors?.body ?? result.error);
      if (result.data) router.push(`/inbox/${result.data.conversationId}`);
    });

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className="m-auto w-full max-w-md rounded-lg border border-slate-200 p-5 shadow-xl backdrop:bg-slate-900/30"
    >
      {target && (
        <form
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            send(new FormData(e.currentTarget));
          }}
        >
          <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
            Start a chat with {target.label}
          </h2>
          <label htmlFor={`${id}-body`} className="text-sm font-medium text-slate-700">
            Message
          </label>
          <textarea
            id={`${id}-body`}
            name="body"
            rows={3}
            defaultValue={greetingFor(target.name)}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-xs focus:border-brand-500"
          />
          {error && <Alert tone="error">{error}</Alert>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" pending={pending}>
              Send
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}
