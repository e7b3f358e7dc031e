import type { Invitation } from "@/db/schema";
import { roleLabel } from "@/lib/auth/roles";
import { RevokeInvitationButton } from "./revoke-invitation-button";

// Expiry dates are shown in the admin's own time zone.
export function InvitationsList({ invitations, timeZone }: { invitations: Invitation[]; timeZone: string }) {
  const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <table className="w-full text-left text-sm" aria-label="Pending invitations">
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-2 pr-4 font-medium">Email</th>
          <th className="py-2 pr-4 font-medium">Role</th>
          <th className="py-2 pr-4 font-medium">Expires</th>
          <th className="py-2 font-medium">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {invitations.map((inv) => (
          <tr key={inv.id}>
            <td className="py-2 pr-4 text-slate-900">{inv.email}</td>
            <td className="py-2 pr-4 text-slate-600">{roleLabel[inv.role]}</td>
            <td className="py-2 pr-4 text-slate-600">
              <time dateTime={inv.expiresAt.toISOString()}>{date.format(inv.expiresAt)}</time>
            </td>
            <td className="py-2 text-right">
              <RevokeInvitationButton invitationId={inv.id} email={inv.email} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
