"use client";

import { useEffect, useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import type { Role } from "@/db/schema";
import { changeMemberRole } from "@/lib/actions/change-member-role";
import { roleLabel } from "@/lib/auth/roles";

export const roleOptions = Object.entries(roleLabel) as [Role, string][];

// Saves as soon as another role is picked; a refused change (last admin) snaps back and says why.
export function MemberRoleSelect({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const [state, onSubmit, pending] = useFormAction(changeMemberRole);
  const [value, setValue] = useState(role);
  useEffect(() => {
    if (state) setValue(role);
  }, [state, role]);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <select
        name="role"
        aria-label={`Role of ${name}`}
        value={value}
        aria-busy={pending || undefined}
        onChange={(event) => {
          setValue(event.target.value as Role);
          event.currentTarget.form?.requestSubmit();
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {roleOptions.map(([r, label]) => (
          <option key={r} value={r}>
            {label}
          </option>
        ))}
      </select>
      {state && !state.ok && (
        <p role="alert" className="max-w-xs text-xs text-red-600">
          {state.error}
        </p>
      )}
    </form>
  );
}
