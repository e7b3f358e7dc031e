"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { assignConversation } from "@/lib/actions/assign-conversation";
import { setConversationStatus } from "@/lib/actions/set-conversation-status";
import { CloseDialog } from "./close-dialog";

interface ConversationControlsProps {
  conversationId: string;
  status: "open" | "closed";
  assigneeId: string | null;
  groupId: string | null;
  teammates: { userId: string; name: string }[];
  groups: { id: string; name: string }[];
}

// The select's value: "user:<id>" (a teammate), "group:<id>" (a routing group's queue), "" (nobody).
const selectValue = (assigneeId: string | null, groupId: string | null) =>
  assigneeId ? `user:${assigneeId}` : groupId ? `group:${groupId}` : "";
const targetOf = (value: string) => ({
  assigneeId: value.startsWith("user:") ? value.slice(5) : null,
  groupId: value.startsWith("group:") ? value.slice(6) : null,
});

// Assign or transfer the conversation, close it (asking for the lead's qualification, SK9) or reopen it. The page re-renders from the server afterwards.
export function ConversationControls(props: ConversationControlsProps) {
  const { conversationId, status, teammates, groups } = props;
  const current = selectValue(props.assigneeId, props.groupId);
  const [choice, setChoice] = useState(current);
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setChoice(current);
  }
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [closing, setClosing] = useState(false); // SK9: the dialog asking for the lead's qualification

  const run = (action: () => Promise<{ ok: boolean; error?: string }>, onFail?: () => void) =>
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : (result.error ?? "Something went wrong"));
      if (!result.ok) onFail?.();
    });

  const assign = (value: string) => {
    setChoice(value);
    run(
      () => assignConversation(undefined, { conversationId, ...targetOf(value) }),
      () => setChoice(current),
    );
  };

  return (
    <div className="flex flex-col gap-4">
      <SelectField
        label="Assign to"
        value={choice}
        disabled={pending}
        onChange={(e) => assign(e.target.value)}
      >
        <option value="">Nobody (unassigned)</option>
        <optgroup label="Teammates">
          {teammates.map((t) => (
            <option key={t.userId} value={`user:${t.userId}`}>
              {t.name}
            </option>
          ))}
        </optgroup>
        <optgroup label="Routing groups">
          {groups.map((g) => (
            <option key={g.id} value={`group:${g.id}`}>
              {g.name} (queue)
            </option>
          ))}
        </optgroup>
      </SelectField>
      {status === "open" ? (
        <Button variant="secondary" pending={pending} onClick={() => setClosing(true)}>
          Close conversation
        </Button>
      ) : (
        <Button
          pending={pending}
          onClick={() => run(() => setConversationStatus(undefined, { conversationId, status: "open" }))}
        >
          Reopen conversation
        </Button>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      <CloseDialog
        open={closing}
        pending={pending}
        onClose={() => setClosing(false)}
        onConfirm={(qualification) =>
          run(async () => {
            const result = await setConversationStatus(undefined, {
              conversationId,
              status: "closed",
              qualification,
            });
            if (result.ok) setClosing(false);
            return result;
          })
        }
      />
    </div>
  );
}
