"use client";

import { connectPardot } from "@/lib/actions/connect-pardot";
import { CrmCredentialForm } from "./crm-credential-form";

// Pardot signs in through the Salesforce connection; it only needs the Business Unit ID.
export function ConnectPardotForm({ reconnect = false }: { reconnect?: boolean }) {
  return (
    <CrmCredentialForm
      action={connectPardot}
      name="Pardot"
      reconnect={reconnect}
      field={{
        name: "businessUnitId",
        label: "Business Unit ID",
        placeholder: "0Uv…",
        hint: "Salesforce Setup → Business Unit Setup (18 characters).",
      }}
    />
  );
}
