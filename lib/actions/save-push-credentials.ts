"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveApnsKey, saveFcmServiceAccount } from "@/lib/follow-ups/mobile-push/credentials";
import { memberAction } from "./safe-action";

const schema = z.discriminatedUnion("provider", [
  z.object({
    provider: z.literal("fcm"),
    serviceAccount: z
      .string()
      .trim()
      .min(2, "Paste the service account JSON from Firebase")
      .max(20_000, "That is not a service account file"),
  }),
  z.object({
    provider: z.literal("apns"),
    keyId: z.string().trim(),
    teamId: z.string().trim(),
    privateKey: z.string().trim().max(5_000, "That is not a .p8 key"),
  }),
]);

// FU3: Settings → Follow-ups → Mobile push: the FCM service account or the APNs token-auth key, checked for
// shape and stored encrypted (a wrong key shows up on "Send a test push").
export const savePushCredentials = memberAction({ schema, role: "admin" }, async (input, { member, db }) => {
  if (input.provider === "fcm") await saveFcmServiceAccount(db, member.workspaceId, input.serviceAccount);
  else await saveApnsKey(db, member.workspaceId, input);
  revalidatePath("/settings/follow-ups");
  return { ok: true as const, message: `${input.provider === "fcm" ? "FCM" : "APNs"} credentials saved.` };
});
