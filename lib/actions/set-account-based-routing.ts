"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setAccountBasedRouting as storeToggle } from "@/db/queries/account-source-settings";
import { memberAction } from "./safe-action";

const schema = z.object({ on: z.boolean() });

// LV2: with it on, Live View notifications go to the owners of the visitor's account.
export const setAccountBasedRouting = memberAction(
  { schema, role: "admin" },
  async ({ on }, { member, db }) => {
    await storeToggle(db, member.workspaceId, on);
    revalidatePath("/settings/accounts");
    return {
      ok: true as const,
      message: on ? "Account-Based Routing is on." : "Account-Based Routing is off.",
    };
  },
);
