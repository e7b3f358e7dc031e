"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { connectHubSpotWithToken } from "@/lib/crm/connect";
import { memberAction } from "./safe-action";

const schema = z.object({
  token: z
    .string()
    .trim()
    .min(10, "Paste the private-app or service key token")
    .max(500, "That token is too long"),
});

export const connectHubSpot = memberAction({ schema, role: "admin" }, async ({ token }, { member, db }) => {
  await connectHubSpotWithToken(db, member.workspaceId, token);
  revalidatePath("/settings/integrations");
  return { ok: true as const, message: "HubSpot connected. Run “Sync now” to bring its accounts in." };
});
