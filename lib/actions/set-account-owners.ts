"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setAccountOwners as storeOwners } from "@/db/queries/account-people";
import { memberAction } from "./safe-action";

const schema = z.object({
  accountId: z.uuid("Choose an account"),
  owners: z.array(z.string()).default([]),
});

export const setAccountOwners = memberAction(
  { schema, role: "admin" },
  async ({ accountId, owners }, { member, db }) => {
    await storeOwners(db, member.workspaceId, accountId, owners);
    revalidatePath("/settings/accounts");
    return { ok: true as const, message: "Owners saved." };
  },
);
