"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveApnsKey, saveFcmServiceAccount } from "@/lib/follow-ups/mobile-push/credentials";
import { type PushSandboxState, pushSandboxUrl } from "@/lib/integrations/push-sandbox";
import { memberAction } from "./safe-action";

// Development only: saves the running push sandbox's FCM service account and APNs key, as an admin would paste
// real ones, so follow-up pushes reach the simulated phone.
export const saveSandboxPushCredentials = memberAction(
  { schema: z.object({}), role: "admin" },
  async (_input, { member, db }) => {
    const base = pushSandboxUrl();
    if (!base) return { ok: false as const, error: "No push sandbox is running." };
    const state = (await (
      await fetch(`${base}/sandbox/state`, { cache: "no-store" })
    ).json()) as PushSandboxState;
    await saveFcmServiceAccount(db, member.workspaceId, JSON.stringify(state.credentials.fcm));
    await saveApnsKey(db, member.workspaceId, state.credentials.apns);
    revalidatePath("/settings/follow-ups");
    return { ok: true as const, message: "The sandbox's FCM and APNs credentials are saved." };
  },
);
