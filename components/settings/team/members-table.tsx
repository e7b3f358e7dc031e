import type { Member } from "@/db/queries/members";
import { MemberRoleSelect } from "./member-role-select";
import { RemoveMemberButton } from "./remove-member-button";

export function MembersTable({ members, currentUserId }: { members: Member[]; currentUserId: string }) {
  return (
    <table className="w-full text-left text-sm" aria-label="Members">
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-2 pr-4 font-medium">Name</th>
          <th className="py-2 pr-4 font-medium">Email</th>
          <th className="py-2 pr-4 font-medium">Role</th>
          <th className="py-2 font-medium">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {members.map((m) => (
          <tr key={m.userId} className="align-top">
            <td className="py-2 pr-4 font-medium text-slate-900">{m.name}</td>
            <td className="py-2 pr-4 text-slate-600">{m.email}</td>
            <td className="py-2 pr-4">
              <MemberRoleSelect userId={m.userId} name={m.name} role={m.role} />
            </td>
            <td className="py-2 text-right">
              {m.userId === currentUserId ? (
                <span className="text-xs text-slate-500">You</span>
              ) : (
                <RemoveMemberButton userId={m.userId} name={m.name} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
