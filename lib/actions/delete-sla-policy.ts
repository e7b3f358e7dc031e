"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteSlaPolicy as deletePolicy } from "@/db/queries/sla-policies";
import { AppError } from "@/lib/errors";
import { memberAction } from "./safe-action";

// Running clocks keep going: conversations already promised a reply time keep that promise.
export const deleteSlaPolicy = memberAction(
  { schema: z.object({ policyId: z.uuid() }), role: "admin" },
  async ({ policyId }, { member, db }) => {
    if (!(await deletePolicy(db, member.workspaceId, policyId))) {
      throw new AppError("NOT_FOUND", "This SLA policy does not exist");
    }
    revalidatePath("/settings/sla");
    return { ok: true, message: "SLA policy removed." };
  },
);
