"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteAccount as removeAccount } from "@/db/queries/accounts";
import { memberAction } from "./safe-action";

const schema = z.object({ accountId: z.uuid("Choose an account") });

export const deleteAccount = memberAction(
  { schema, role: "admin" },
  async ({ accountId }, { member, db }) => {
    await removeAccount(db, member.workspaceId, accountId);
    revalidatePath("/settings/accounts");
    return { ok: true as const, message: "Account deleted." };
  },
);
