"use server";

import { revalidatePath } from "next/cache";
import { createAccount as storeAccount } from "@/db/queries/accounts";
import { accountFieldsInput } from "@/lib/accounts/account-input";
import { memberAction } from "./safe-action";

export const createAccount = memberAction(
  { schema: accountFieldsInput, role: "admin" },
  async (input, { member, db }) => {
    const account = await storeAccount(db, member.workspaceId, input);
    revalidatePath("/settings/accounts");
    return { ok: true as const, message: `${account.name} created.` };
  },
);
