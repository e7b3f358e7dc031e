// Pusher's webhooks (https://pusher.com/docs/channels/server_api/webhooks): a POST whose JSON body is
// `{time_ms, events: [{name, channel}]}`, with `X-Pusher-Key` (the app key) and `X-Pusher-Signature`
// (hex HMAC-SHA256 of the raw body with the app secret). Pusher Channels sends them; so does the local
// server (lib/realtime/local-server/webhooks.ts), the same way. Herald reads the channel-existence ones.
import { z } from "zod";
import { type AppCredentials, hmacHex, safeEqual } from "./local-server/auth";

export const webhookBodySchema = z.object({
  time_ms: z.number().int().positive(),
  events: z
    .array(z.object({ name: z.string().max(100), channel: z.string().max(200).optional() }).loose())
    .max(1000),
});
export type WebhookBody = z.infer<typeof webhookBodySchema>;

export function signWebhook(app: AppCredentials, rawBody: string): Record<string, string> {
  return {
    "content-type": "application/json",
    "x-pusher-key": app.key,
    "x-pusher-signature": hmacHex(app.secret, rawBody),
  };
}

export function isWebhookSignatureValid(
  app: AppCredentials,
  headers: { key: string | null; signature: string | null },
  rawBody: string,
): boolean {
  if (headers.key !== app.key || !headers.signature) return false;
  return safeEqual(headers.signature.toLowerCase(), hmacHex(app.secret, rawBody));
}
