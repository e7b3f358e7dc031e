"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { removePushCredential } from "@/lib/follow-ups/mobile-push/credentials";
import { memberAction } from "./safe-action";

const schema = z.object({ provider: z.enum(["fcm", "apns"]) });

// FU3: forget a provider's credentials; pushes to its devices then fail and the ladder goes on to email at once.
export const removePushCredentials = memberAction(
  { schema, role: "admin" },
  async ({ provider }, { member, db }) => {
    await removePushCredential(db, member.workspaceId, provider);
    revalidatePath("/settings/follow-ups");
    return { ok: true as const, message: `${provider === "fcm" ? "FCM" : "APNs"} credentials removed.` };
  },
);
