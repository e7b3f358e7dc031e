"use server";

import { z } from "zod";
import { loadPushCredentials } from "@/lib/follow-ups/mobile-push/credentials";
import { sendToDevice } from "@/lib/follow-ups/mobile-push/send";
import { memberAction } from "./safe-action";

const schema = z.object({
  provider: z.enum(["fcm", "apns"], { message: "Choose FCM or APNs" }),
  deviceToken: z
    .string()
    .trim()
    .min(8, "Paste a device token from your app")
    .max(4_096)
    .regex(/^[\w:.-]+$/, "Paste a device token from your app"),
  appId: z.string().trim().max(255).default(""),
  environment: z.enum(["production", "development"]).default("production"),
});

// FU3: "Send a test push" to one device token with the saved credentials. On failure only a short reason (the
// provider's error code), never the provider's answer.
export const sendTestPush = memberAction({ schema, role: "admin" }, async (input, { member, db }) => {
  if (input.provider === "apns" && !input.appId)
    return {
      ok: false as const,
      error: "APNs needs the app's bundle id.",
      fieldErrors: { appId: "Required for APNs" },
    };
  const credentials = await loadPushCredentials(db, member.workspaceId);
  const result = await sendToDevice(
    credentials,
    {
      provider: input.provider,
      token: input.deviceToken,
      appId: input.appId,
      environment: input.environment,
    },
    { deliveryId: "test", title: "Herald test push", body: "Follow-up pushes will look like this." },
    new Date(),
  );
  if (result.ok) return { ok: true as const, message: "Test push accepted by the provider." };
  return { ok: false as const, error: `Not sent: ${result.reason}.` };
});
