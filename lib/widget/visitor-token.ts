// The widget's visitor token: "<visitorId>.<HMAC-SHA256(visitorId, workspace)>", keyed from AUTH_SECRET.
// Stateless (no lookup on the hot heartbeat path); a forged or cross-workspace token fails verification.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const keyFor = (workspaceId: string, secret: string) =>
  createHmac("sha256", secret).update(`herald-visitor-token:${workspaceId}`).digest();

const mac = (visitorId: string, workspaceId: string, secret: string) =>
  createHmac("sha256", keyFor(workspaceId, secret)).update(visitorId).digest("base64url");

export function signVisitorToken(workspaceId: string, visitorId: string, secret = env().AUTH_SECRET): string {
  return `${visitorId}.${mac(visitorId, workspaceId, secret)}`;
}

// The visitor id when the token is genuine for this workspace, otherwise null.
export function verifyVisitorToken(
  workspaceId: string,
  token: string,
  secret = env().AUTH_SECRET,
): string | null {
  const dot = token.indexOf(".");
  if (dot <= 0 || token.length > 200) return null;
  const visitorId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(visitorId, workspaceId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? visitorId : null;
}
