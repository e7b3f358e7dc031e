// Browsers' web push subscriptions as they enter (the subscription API): validated here, stored by
// db/queries/push-subscriptions.ts.
import { z } from "zod";
import { isKnownPushService } from "./push-services";

// base64url as browsers' PushSubscription.toJSON() gives it, decoding to exactly `bytes` bytes.
const base64url = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, "must be base64url")
    .refine((v) => Buffer.from(v, "base64url").length === bytes, `must be ${bytes} bytes (${what})`);

export const pushSubscriptionInput = z.object({
  // Push services are HTTPS only, and only the browsers' own services (./push-services.ts).
  endpoint: z
    .url({ protocol: /^https$/, message: "must be an https:// URL" })
    .max(2048)
    .refine(isKnownPushService, "must be a browser push service (FCM, Mozilla, Apple or Windows)"),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    p256dh: base64url(65, "an uncompressed P-256 public key"),
    auth: base64url(16, "the auth secret"),
  }),
  // IC2: the installed PWA on a phone says "mobile" (mobile_push); anything else is a desktop browser (web_push).
  device: z.enum(["desktop", "mobile"], { message: "must be desktop or mobile" }).default("desktop"),
  label: z.string().trim().max(80, "must be at most 80 characters").optional(),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;

export const pushUnsubscribeInput = z.object({ endpoint: z.url() });
