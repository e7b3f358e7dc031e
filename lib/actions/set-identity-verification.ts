"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setIdentityVerification as store } from "@/db/queries/workspaces";
import { memberAction } from "./safe-action";

const schema = z.object({ legacy: z.boolean({ message: "Choose on or off" }) });

// Legacy (v1) identity signatures: the email alone, never expiring. Off (v2) is the default.
export const setIdentityVerification = memberAction(
  { schema, role: "admin" },
  async ({ legacy }, { member, db }) => {
    await store(db, member.workspaceId, legacy ? "legacy" : "v2");
    revalidatePath("/settings/install");
    return { ok: true as const };
  },
);
