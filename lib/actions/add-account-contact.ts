"use server";

import { revalidatePath } from "next/cache";
import { addAccountContact as storeContact } from "@/db/queries/account-people";
import { contactInput } from "@/lib/accounts/account-input";
import { memberAction } from "./safe-action";

export const addAccountContact = memberAction(
  { schema: contactInput, role: "admin" },
  async (input, { member, db }) => {
    await storeContact(db, member.workspaceId, input.accountId, {
      name: input.name || null,
      email: input.email || null,
      phone: input.phone || null,
    });
    revalidatePath("/settings/accounts");
    return { ok: true as const, message: "Contact added." };
  },
);
