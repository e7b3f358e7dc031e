"use client";

import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { revokeInvitation } from "@/lib/actions/revoke-invitation";

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, onSubmit, pending] = useFormAction(revokeInvitation);
  return (
    <form onSubmit={onSubmit} className="inline-flex flex-col items-end gap-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      <Button type="submit" variant="danger" pending={pending} aria-label={`Revoke invitation for ${email}`}>
        Revoke
      </Button>
      {state && !state.ok && (
        <p role="alert" className="text-xs text-red-600">
          {state.error}
        </p>
      )}
    </form>
  );
}
