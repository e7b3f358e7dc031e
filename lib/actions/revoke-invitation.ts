"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revokeInvitation as revoke } from "@/db/queries/invitations";
import { AppError } from "@/lib/errors";
import { memberAction } from "./safe-action";

export const revokeInvitation = memberAction(
  { schema: z.object({ invitationId: z.uuid() }), role: "admin" },
  async ({ invitationId }, { member, db }) => {
    if (!(await revoke(db, member.workspaceId, invitationId))) {
      throw new AppError("NOT_FOUND", "This invitation was already accepted or revoked.");
    }
    revalidatePath("/settings/team");
  },
);
