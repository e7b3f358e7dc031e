"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { removeAccountContact as deleteContact } from "@/db/queries/account-people";
import { AppError } from "@/lib/errors";
import { memberAction } from "./safe-action";

const schema = z.object({ contactId: z.uuid("Choose a contact") });

export const removeAccountContact = memberAction(
  { schema, role: "admin" },
  async ({ contactId }, { member, db }) => {
    if (!(await deleteContact(db, member.workspaceId, contactId))) {
      throw new AppError("NOT_FOUND", "This contact no longer exists");
    }
    revalidatePath("/settings/accounts");
    return { ok: true as const, message: "Contact removed." };
  },
);
