// Channel authorization as Pusher defines it: `key:HMAC-SHA256(secret, "socket_id:channel[:channel_data]")`.
// The same function signs (for /api/realtime/auth and tests) and verifies (in the local server).
import { createHmac, timingSafeEqual } from "node:crypto";

export type AppCredentials = { key: string; secret: string };

export function hmacHex(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload, "utf8").digest("hex");
}

// Compares hex digests without leaking where they differ.
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

// channelData is signed as the exact string the client will send, never re-serialised.
export function signChannel(
  app: AppCredentials,
  socketId: string,
  channel: string,
  channelData?: string,
): { auth: string; channel_data?: string } {
  const payload = [socketId, channel, ...(channelData === undefined ? [] : [channelData])].join(":");
  const auth = `${app.key}:${hmacHex(app.secret, payload)}`;
  return channelData === undefined ? { auth } : { auth, channel_data: channelData };
}

export function verifyChannelAuth(
  app: AppCredentials,
  socketId: string,
  channel: string,
  auth: string | undefined,
  channelData?: string,
): boolean {
  if (!auth) return false;
  const expected = signChannel(app, socketId, channel, channelData).auth;
  return safeEqual(auth, expected);
}
