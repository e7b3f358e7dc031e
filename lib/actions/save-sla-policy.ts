"use server";

import { revalidatePath } from "next/cache";
import { findRoutingGroup } from "@/db/queries/routing-groups";
import { upsertSlaPolicy } from "@/db/queries/sla-policies";
import { AppError } from "@/lib/errors";
import { policyInputOf, slaPolicyFormSchema } from "@/lib/sla/policy-form";
import { memberAction } from "./safe-action";

// Create or replace a routing group's SLA policy (SL1). New conversations in the group get its clocks.
export const saveSlaPolicy = memberAction(
  { schema: slaPolicyFormSchema, role: "admin" },
  async (form, { member, db }) => {
    const group = await findRoutingGroup(db, member.workspaceId, form.groupId);
    if (!group)
      throw new AppError("BAD_REQUEST", "That routing group does not exist", { groupId: "Unknown group" });
    await upsertSlaPolicy(db, member.workspaceId, policyInputOf(form));
    revalidatePath("/settings/sla");
    return { ok: true, message: `SLA policy for “${group.name}” saved.` };
  },
);
