"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteAccount as removeAccount } from "@/db/queries/accounts";
import { AppError } from "@/lib/errors";
import { memberAction } from "./safe-action";

const schema = z.object({ accountId: z.uuid("Choose an account") });

export const deleteAccount = memberAction(
  { schema, role: "admin" },
  async ({ accountId }, { member, db }) => {
    // Nothing deleted (another tab did it, or another workspace's id): say so rather than "deleted".
    if (!(await removeAccount(db, member.workspaceId, accountId))) {
      throw new AppError("NOT_FOUND", "This account no longer exists");
    }
    revalidatePath("/settings/accounts");
    return { ok: true as const, message: "Account deleted." };
  },
);
