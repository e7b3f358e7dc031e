"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { setAllowedOrigins } from "@/lib/actions/set-allowed-origins";

// Settings → Install → Allowed domains: who may frame the chat widget (lib/widget/allowed-origins.ts).
export function AllowedOriginsForm({ origins }: { origins: string[] }) {
  const [state, onSubmit, pending] = useFormAction(setAllowedOrigins);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {origins.length === 0 && (
        <Alert tone="error">
          No domains yet: any website can embed your chat widget, including a copy of your site. Add the
          domains of your own sites.
        </Alert>
      )}
      <TextAreaField
        label="Allowed domains"
        name="origins"
        rows={4}
        defaultValue={origins.join("\n")}
        placeholder={"shop.example.com\nhttps://www.example.com"}
        hint="One per line: a domain (https is assumed), an origin such as http://localhost:8080, or *.example.com for its subdomains."
        error={fieldError(state, "origins")}
      />
      <div>
        <Button type="submit" pending={pending}>
          Save domains
        </Button>
      </div>
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
    </form>
  );
}
