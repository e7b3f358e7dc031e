"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateAccount as storeAccount } from "@/db/queries/accounts";
import { accountFieldsInput } from "@/lib/accounts/account-input";
import { AppError } from "@/lib/errors";
import { memberAction } from "./safe-action";

const schema = accountFieldsInput.extend({ accountId: z.uuid("Choose an account") });

export const updateAccount = memberAction(
  { schema, role: "admin" },
  async ({ accountId, ...fields }, { member, db }) => {
    if (!(await storeAccount(db, member.workspaceId, accountId, fields))) {
      throw new AppError("NOT_FOUND", "This account no longer exists");
    }
    revalidatePath("/settings/accounts");
    return { ok: true as const, message: "Account saved." };
  },
);
