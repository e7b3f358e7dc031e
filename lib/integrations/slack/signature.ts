// Slack request signing (v0): HMAC-SHA256 of `v0:<timestamp>:<raw body>` under the app's signing secret, and a
// 5-minute window against replays of old requests (PROVIDERS.md §1.3). Used for Events and interactivity.
import { createHmac, timingSafeEqual } from "node:crypto";

export const signatureWindowSeconds = 300;

export function slackSignature(signingSecret: string, timestamp: string, rawBody: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: "missing" | "stale" | "mismatch" };

export function verifySlackSignature(input: {
  signingSecret: string;
  timestamp: string | null;
  signature: string | null;
  rawBody: string;
  now: Date;
}): SignatureCheck {
  const { timestamp, signature } = input;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return { ok: false, reason: "missing" };
  if (Math.abs(input.now.getTime() / 1000 - Number(timestamp)) > signatureWindowSeconds) {
    return { ok: false, reason: "stale" };
  }
  const expected = Buffer.from(slackSignature(input.signingSecret, timestamp, input.rawBody));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: "mismatch" };
  return { ok: true };
}

// Headers for a signed request to Herald (the sandbox and the tests play Slack with it).
export function signedSlackHeaders(signingSecret: string, rawBody: string, now = new Date()) {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    "x-slack-request-timestamp": timestamp,
    "x-slack-signature": slackSignature(signingSecret, timestamp, rawBody),
  };
}
