"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { removeAccountContact as deleteContact } from "@/db/queries/account-people";
import { memberAction } from "./safe-action";

const schema = z.object({ contactId: z.uuid("Choose a contact") });

export const removeAccountContact = memberAction(
  { schema, role: "admin" },
  async ({ contactId }, { member, db }) => {
    await deleteContact(db, member.workspaceId, contactId);
    revalidatePath("/settings/accounts");
    return { ok: true as const, message: "Contact removed." };
  },
);
