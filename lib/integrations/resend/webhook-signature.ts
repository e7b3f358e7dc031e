// Resend signs its webhooks the Svix way (PROVIDERS.md §3.4): `svix-signature` lists `v1,<base64>` entries, each
// an HMAC-SHA256 of `${svix-id}.${svix-timestamp}.${raw body}` keyed with the base64 secret after `whsec_`.
// Checked on the raw body, within 5 minutes of the timestamp. The sandbox mailbox signs with the same code.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

const keyOf = (secret: string) => Buffer.from(secret.replace(/^whsec_/, ""), "base64");

const signatureOf = (secret: string, id: string, timestamp: string, body: string) =>
  createHmac("sha256", keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");

export const generateWebhookSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

export function signWebhook(
  secret: string,
  body: string,
  now = Date.now(),
  id = `msg_${randomBytes(12).toString("hex")}`,
) {
  const timestamp = String(Math.floor(now / 1000));
  return {
    "svix-id": id,
    "svix-timestamp": timestamp,
    "svix-signature": `v1,${signatureOf(secret, id, timestamp, body)}`,
  };
}

export type SignatureCheck = { ok: true; id: string } | { ok: false; why: string };

export function verifyWebhook(
  secret: string,
  headers: Headers,
  body: string,
  now = Date.now(),
): SignatureCheck {
  const id = headers.get("svix-id");
  const timestamp = headers.get("svix-timestamp");
  const signatures = headers.get("svix-signature");
  if (!id || !timestamp || !signatures) return { ok: false, why: "missing svix headers" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, why: "malformed timestamp" };
  if (Math.abs(Math.floor(now / 1000) - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) {
    return { ok: false, why: "timestamp outside the 5-minute window" };
  }
  const expected = Buffer.from(signatureOf(secret, id, timestamp, body));
  const matches = signatures.split(" ").some((entry) => {
    const [version, value] = entry.split(",", 2);
    const given = Buffer.from(value ?? "");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true, id } : { ok: false, why: "no matching signature" };
}
