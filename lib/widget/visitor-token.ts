// The widget's visitor token: "<visitorId>.<issued, base-36 seconds>.<HMAC-SHA256>", keyed from AUTH_SECRET and
// the workspace's widget secret. Stateless (no lookup on the hot heartbeat path); a forged, cross-workspace or
// expired token fails verification, and replacing the widget secret revokes every token of the workspace.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Sliding: every session call (each page load) issues a fresh token, so only a visitor away this long is new.
export const VISITOR_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;
const CLOCK_SKEW_SECONDS = 60; // another instance's clock a little ahead

export interface TokenWorkspace {
  id: string;
  widgetSecret: string;
}

const keyFor = (workspace: TokenWorkspace, secret: string) =>
  createHmac("sha256", secret)
    .update(`herald-visitor-token:${workspace.id}:${workspace.widgetSecret}`)
    .digest();

const mac = (body: string, workspace: TokenWorkspace, secret: string) =>
  createHmac("sha256", keyFor(workspace, secret)).update(body).digest("base64url");

const seconds = (ms: number) => Math.floor(ms / 1000);

export function signVisitorToken(
  workspace: TokenWorkspace,
  visitorId: string,
  now = Date.now(),
  secret = env().AUTH_SECRET,
): string {
  const body = `${visitorId}.${seconds(now).toString(36)}`;
  return `${body}.${mac(body, workspace, secret)}`;
}

// The visitor id when the token is genuine for this workspace and still fresh, otherwise null.
export function verifyVisitorToken(
  workspace: TokenWorkspace,
  token: string,
  now = Date.now(),
  secret = env().AUTH_SECRET,
): string | null {
  if (token.length > 200) return null;
  const [visitorId, issued, signature, ...rest] = token.split(".");
  if (!visitorId || !issued || !signature || rest.length > 0 || !/^[0-9a-z]{1,10}$/.test(issued)) return null;
  const given = Buffer.from(signature);
  const expected = Buffer.from(mac(`${visitorId}.${issued}`, workspace, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const age = seconds(now) - Number.parseInt(issued, 36);
  return age <= VISITOR_TOKEN_TTL_SECONDS && age >= -CLOCK_SKEW_SECONDS ? visitorId : null;
}
