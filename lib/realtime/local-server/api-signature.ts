// Verifies the signature the `pusher` SDK puts on every HTTP API call:
// auth_signature = HMAC-SHA256(secret, "METHOD\n<path>\n<sorted query without auth_signature>").
import { createHash } from "node:crypto";
import { type AppCredentials, hmacHex, safeEqual } from "./auth";

// Pusher rejects requests whose timestamp is more than 600 s from the server clock (replay window).
export const MAX_CLOCK_SKEW_SECONDS = 600;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function md5Hex(body: string): string {
  return createHash("md5").update(body, "utf8").digest("hex");
}

export function stringToSign(method: string, path: string, query: URLSearchParams): string {
  const pairs = [...query.entries()]
    .filter(([key]) => key !== "auth_signature")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`);
  return [method.toUpperCase(), path, pairs.join("&")].join("\n");
}

export function verifyApiSignature(
  app: AppCredentials,
  request: { method: string; path: string; query: URLSearchParams; body: string },
  nowSeconds = Date.now() / 1000,
): SignatureCheck {
  const { query } = request;
  if (query.get("auth_key") !== app.key) return { ok: false, reason: "Unknown auth_key" };

  const timestamp = Number(query.get("auth_timestamp"));
  if (!Number.isFinite(timestamp)) return { ok: false, reason: "Missing or invalid auth_timestamp" };
  if (Math.abs(nowSeconds - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
    return { ok: false, reason: `Timestamp expired: more than ${MAX_CLOCK_SKEW_SECONDS}s from server time` };
  }

  // A body must be covered by the signature through its md5, otherwise it could be swapped.
  const bodyMd5 = query.get("body_md5");
  if (request.body.length > 0 || bodyMd5 !== null) {
    if (bodyMd5 !== md5Hex(request.body)) return { ok: false, reason: "body_md5 does not match the body" };
  }

  const signature = query.get("auth_signature");
  if (!signature) return { ok: false, reason: "Missing auth_signature" };
  const expected = hmacHex(app.secret, stringToSign(request.method, request.path, query));
  if (!safeEqual(signature, expected)) return { ok: false, reason: "Invalid signature" };
  return { ok: true };
}
