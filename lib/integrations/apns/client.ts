// APNs over HTTP/2 with token auth (PROVIDERS.md §4.3), by node:http2 against APNS_API_URL (default Apple's
// production or development origin, by the device token's environment; the sandbox in development and tests).
// An alert with mutable-content, so the app's Notification Service Extension runs and acknowledges (FU3).
import { connect } from "node:http2";
import { z } from "zod";
import { env } from "@/lib/env";
import { signJwt } from "../jwt";
import type { PushResult } from "../push-result";

export const APNS_ORIGINS = {
  production: "https://api.push.apple.com",
  development: "https://api.sandbox.push.apple.com",
} as const;

const appleId = (what: string) =>
  z.string({ message: `${what} is required` }).regex(/^[A-Z0-9]{10}$/, `${what} is 10 letters or digits`);
export const apnsKeySchema = z.object({
  keyId: appleId("The key ID"),
  teamId: appleId("The team ID"),
  privateKey: z
    .string({ message: "The .p8 key is required" })
    .includes("PRIVATE KEY", { message: "Paste the whole .p8 file (-----BEGIN PRIVATE KEY-----…)" }),
});
export type ApnsKey = z.infer<typeof apnsKeySchema>;

export interface ApnsPush {
  token: string; // hex
  topic: string; // the app's bundle id
  environment: keyof typeof APNS_ORIGINS;
  title: string;
  body: string;
  data: Record<string, string>;
  collapseId?: string;
  expiresAt: number; // unix seconds: after this APNs stops trying (the ladder has moved on by then)
}

export interface ApnsOptions {
  apiUrl?: string;
  now?: () => number;
  timeoutMs?: number;
}

// Apple refuses a provider token refreshed more than every 20 minutes and one older than an hour.
const TOKEN_REUSE_MS = 40 * 60_000;
const tokens = new Map<string, { jwt: string; issuedAt: number }>();

function providerToken(key: ApnsKey, now: number): string {
  const id = `${key.teamId}:${key.keyId}`;
  const cached = tokens.get(id);
  if (cached && now - cached.issuedAt < TOKEN_REUSE_MS) return cached.jwt;
  const jwt = signJwt(
    "ES256",
    { kid: key.keyId },
    { iss: key.teamId, iat: Math.floor(now / 1000) },
    key.privateKey,
  );
  tokens.set(id, { jwt, issuedAt: now });
  return jwt;
}

export function apnsPayload(push: ApnsPush) {
  return {
    aps: { alert: { title: push.title, body: push.body }, sound: "default", "mutable-content": 1 },
    herald: push.data,
  };
}

export async function sendApns(key: ApnsKey, push: ApnsPush, options: ApnsOptions = {}): Promise<PushResult> {
  const now = (options.now ?? Date.now)();
  const origin = options.apiUrl ?? env().APNS_API_URL ?? APNS_ORIGINS[push.environment];
  const headers: Record<string, string> = {
    ":method": "POST",
    ":path": `/3/device/${encodeURIComponent(push.token)}`,
    authorization: `bearer ${providerToken(key, now)}`,
    "apns-topic": push.topic,
    "apns-push-type": "alert",
    "apns-priority": "10",
    "apns-expiration": String(push.expiresAt),
    ...(push.collapseId ? { "apns-collapse-id": push.collapseId.slice(0, 64) } : {}),
  };
  let answer: { status: number; apnsId: string | undefined; body: string };
  try {
    answer = await post(origin, headers, JSON.stringify(apnsPayload(push)), options.timeoutMs ?? 10_000);
  } catch {
    return { ok: false, kind: "retryable", reason: "APNs could not be reached" };
  }
  if (answer.status === 200) return { ok: true, providerId: answer.apnsId ?? "" };
  const result = apnsFailure(answer.status, answer.body);
  if (answer.status === 403) tokens.delete(`${key.teamId}:${key.keyId}`); // the next try signs a fresh token
  return result;
}

function post(origin: string, headers: Record<string, string>, body: string, timeoutMs: number) {
  return new Promise<{ status: number; apnsId: string | undefined; body: string }>((resolve, reject) => {
    const session = connect(origin);
    const done = (error?: Error) => {
      session.close();
      if (error) reject(error);
    };
    session.on("error", done);
    session.setTimeout(timeoutMs, () => done(new Error("APNs timed out")));
    const request = session.request(headers);
    let status = 0;
    let apnsId: string | undefined;
    let text = "";
    request.setEncoding("utf8");
    request.on("response", (h) => {
      status = Number(h[":status"]);
      apnsId = typeof h["apns-id"] === "string" ? h["apns-id"] : undefined;
    });
    request.on("data", (chunk: string) => {
      text += chunk;
    });
    request.on("end", () => {
      resolve({ status, apnsId, body: text });
      done();
    });
    request.on("error", done);
    request.end(body);
  });
}

// Apple's reason is a short code ("BadDeviceToken"); anything else in its answer is not kept.
export function apnsFailure(status: number, body: string): PushResult & { ok: false } {
  let code = "Unknown";
  try {
    const reason = (JSON.parse(body) as { reason?: unknown }).reason;
    if (typeof reason === "string" && /^[A-Za-z]{1,40}$/.test(reason)) code = reason;
  } catch {
    // not JSON: keep "Unknown"
  }
  const reason = `APNs: ${code} (${status})`;
  if (status === 410 || code === "BadDeviceToken" || code === "DeviceTokenNotForTopic")
    return { ok: false, kind: "dead", reason };
  if (status === 429 || status >= 500 || code === "ExpiredProviderToken")
    return { ok: false, kind: "retryable", reason };
  return { ok: false, kind: "failed", reason };
}
