"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { saveWhatsappTemplate } from "@/lib/actions/save-whatsapp-template";

// FU5: a business-initiated WhatsApp message must be an approved template: its Content SID, with three variables.
export function WhatsappTemplateForm({ contentSid }: { contentSid: string | null }) {
  const [state, onSubmit, pending] = useFormAction(saveWhatsappTemplate);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextField
        label="WhatsApp template (Content SID)"
        name="contentSid"
        defaultValue={contentSid ?? ""}
        placeholder="HX0123456789abcdef0123456789abcdef"
        hint="An approved utility template from Twilio's Content Template Builder. Its variables: {{1}} the visitor's name, {{2}} the agent's name, {{3}} the link back to the chat. Empty: texts go by SMS."
        error={fieldError(state, "contentSid")}
      />
      <div>
        <Button type="submit" pending={pending}>
          Save template
        </Button>
      </div>
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
    </form>
  );
}
