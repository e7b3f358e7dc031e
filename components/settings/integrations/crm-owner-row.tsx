"use client";

import { startTransition, useActionState } from "react";
import { mapCrmOwner } from "@/lib/actions/crm-connection";

export interface CrmOwnerRowProps {
  connectionId: string;
  owner: {
    crmUserId: string;
    email: string | null;
    name: string | null;
    userId: string | null;
    accounts: number;
  };
  teammates: { userId: string; name: string }[];
}

// One CRM owner, the accounts they own, and the Herald member they are mapped to (changes save at once).
export function CrmOwnerRow({ connectionId, owner, teammates }: CrmOwnerRowProps) {
  const [state, dispatch, pending] = useActionState(mapCrmOwner, undefined);
  const label = owner.email ?? owner.name ?? owner.crmUserId;
  return (
    <tr className="border-t border-slate-100">
      <td className="py-2 pr-3 text-sm text-slate-800">
        {owner.name && <span className="font-medium">{owner.name} </span>}
        <span className="text-slate-500">{owner.email ?? `CRM user ${owner.crmUserId}`}</span>
      </td>
      <td className="py-2 pr-3 text-sm text-slate-700">
        {owner.accounts.toLocaleString("en")} {owner.accounts === 1 ? "account" : "accounts"}
      </td>
      <td className="py-2 text-sm">
        <select
          aria-label={`Herald user for ${label}`}
          defaultValue={owner.userId ?? ""}
          disabled={pending}
          onChange={(event) =>
            startTransition(() =>
              dispatch({ connectionId, crmUserId: owner.crmUserId, userId: event.target.value }),
            )
          }
          className="rounded-md border border-slate-300 px-2 py-1"
        >
          <option value="">Not a Herald user</option>
          {teammates.map((t) => (
            <option key={t.userId} value={t.userId}>
              {t.name}
            </option>
          ))}
        </select>
        {!owner.userId && owner.accounts > 0 && (
          // LV2: the decision log records these visits as `not_mapped`.
          <p className="mt-1 text-xs text-amber-800">
            Not mapped: visits from their accounts alert nobody (not_mapped).
          </p>
        )}
        {state && !state.ok && (
          <p role="alert" className="text-xs text-red-600">
            {state.error}
          </p>
        )}
      </td>
    </tr>
  );
}
