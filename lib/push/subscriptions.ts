// Browsers' web push subscriptions: validated where they enter (the subscription API), one row per endpoint.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";

// base64url as browsers' PushSubscription.toJSON() gives it, decoding to exactly `bytes` bytes.
const base64url = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, "must be base64url")
    .refine((v) => Buffer.from(v, "base64url").length === bytes, `must be ${bytes} bytes (${what})`);

export const pushSubscriptionInput = z.object({
  // Push services are HTTPS only; anything else is not a browser's subscription.
  endpoint: z.url({ protocol: /^https$/, message: "must be an https:// URL" }).max(2048),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    p256dh: base64url(65, "an uncompressed P-256 public key"),
    auth: base64url(16, "the auth secret"),
  }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;

export const pushUnsubscribeInput = z.object({ endpoint: z.url() });

// The same browser subscribing again (new keys, another user signed in on it, or after being marked dead)
// takes the row over and makes it live again.
export async function savePushSubscription(
  db: Db,
  owner: { workspaceId: string; userId: string },
  input: PushSubscriptionInput,
) {
  const values = {
    ...owner,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    deadAt: null,
    deadReason: null,
  };
  await db
    .insert(pushSubscriptions)
    .values({ ...values, endpoint: input.endpoint })
    .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values });
}

// Only the owner's own subscription: an endpoint is not a secret worth trusting for someone else's.
export async function removePushSubscription(db: Db, userId: string, endpoint: string): Promise<boolean> {
  const removed = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, userId)))
    .returning({ id: pushSubscriptions.id });
  return removed.length > 0;
}
