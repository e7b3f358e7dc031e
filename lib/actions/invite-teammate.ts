"use server";

import { revalidatePath } from "next/cache";
import { env } from "@/lib/env";
import { sendInvitationEmail } from "@/lib/team/invitation-email";
import { invitationUrl, inviteTeammate as invite } from "@/lib/team/invitations";
import { inviteSchema } from "@/lib/team/schemas";
import { memberAction } from "./safe-action";

// Returns the link once so the admin can share it themselves; only its hash stays in the database.
export const inviteTeammate = memberAction(
  { schema: inviteSchema, role: "admin" },
  async (input, { member, db }) => {
    const { invitation, token } = await invite(db, member.workspaceId, {
      email: input.email,
      role: input.role,
      invitedByUserId: member.userId,
    });
    const url = invitationUrl(env().APP_URL, token);
    const delivery = await sendInvitationEmail({
      to: invitation.email,
      url,
      workspaceName: member.workspaceName,
      inviterName: member.name,
      role: invitation.role,
    });
    revalidatePath("/settings/team");
    return { ok: true, data: { email: invitation.email, url, delivery } };
  },
);
