"use client";

import { setAccountOwners } from "@/lib/actions/set-account-owners";
import { type Teammate, TeammateChecklistForm } from "../teammate-checklist-form";

export type { Teammate };

// Saving replaces the account's owners with the checked teammates.
export function OwnersForm(props: {
  accountId: string;
  accountName: string;
  teammates: Teammate[];
  ownerIds: string[];
}) {
  return (
    <TeammateChecklistForm
      action={setAccountOwners}
      subject={{ name: "accountId", value: props.accountId }}
      field="owners"
      legend={`Owners of ${props.accountName}`}
      submitLabel="Save owners"
      teammates={props.teammates}
      checkedIds={props.ownerIds}
    />
  );
}
