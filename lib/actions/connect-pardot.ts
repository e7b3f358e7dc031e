"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { connectPardot as connect } from "@/lib/crm/connect";
import { memberAction } from "./safe-action";

const schema = z.object({
  businessUnitId: z
    .string()
    .trim()
    .regex(/^0Uv[A-Za-z0-9]{15}$/, "A Business Unit ID is 18 characters starting with 0Uv"),
});

export const connectPardot = memberAction(
  { schema, role: "admin" },
  async ({ businessUnitId }, { member, db }) => {
    await connect(db, member.workspaceId, businessUnitId);
    revalidatePath("/settings/integrations");
    return { ok: true as const, message: "Pardot connected. Run “Sync now” to bring its prospects in." };
  },
);
