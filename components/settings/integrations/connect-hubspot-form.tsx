"use client";

import { connectHubSpot } from "@/lib/actions/connect-hubspot";
import { CrmCredentialForm } from "./crm-credential-form";

// Self-hosted installs connect with a private-app or service key token; it is checked before it is stored.
export function ConnectHubSpotForm({ reconnect = false }: { reconnect?: boolean }) {
  return (
    <CrmCredentialForm
      action={connectHubSpot}
      name="HubSpot"
      reconnect={reconnect}
      field={{
        name: "token",
        label: "Private app or service key token",
        placeholder: "pat-…",
        hint: "Needs read access to companies, contacts and owners. Stored encrypted; never shown again.",
        secret: true,
      }}
    />
  );
}
