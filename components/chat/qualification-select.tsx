"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/field";
import { qualifyConversation } from "@/lib/actions/qualify-conversation";
import {
  type LeadQualification,
  leadQualificationLabel,
  leadQualifications,
} from "@/lib/chat/lead-qualification";

// SK9: the conversation's lead qualification, changeable at any time (open or closed).
export function QualificationSelect(props: {
  conversationId: string;
  qualification: LeadQualification | null;
}) {
  const current = props.qualification ?? "";
  const [choice, setChoice] = useState<string>(current);
  const [shown, setShown] = useState<string>(current);
  if (shown !== current) {
    setShown(current);
    setChoice(current);
  }
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const change = (value: string) => {
    setChoice(value);
    startTransition(async () => {
      const qualification = leadQualifications.find((q) => q === value) ?? null;
      const result = await qualifyConversation(undefined, {
        conversationId: props.conversationId,
        qualification,
      });
      setError(result.ok ? null : (result.error ?? "Something went wrong"));
      if (!result.ok) setChoice(current);
    });
  };

  return (
    <div className="flex flex-col gap-2">
      <SelectField
        label="Lead qualification"
        value={choice}
        disabled={pending}
        onChange={(e) => change(e.target.value)}
      >
        <option value="">Not qualified</option>
        {leadQualifications.map((q) => (
          <option key={q} value={q}>
            {leadQualificationLabel[q]}
          </option>
        ))}
      </SelectField>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
