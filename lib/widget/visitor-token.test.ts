import { describe, expect, it } from "vitest";
import { signVisitorToken, VISITOR_TOKEN_TTL_SECONDS, verifyVisitorToken } from "./visitor-token";

const secret = "test-secret";
const ws = { id: "11111111-1111-4111-8111-111111111111", widgetSecret: "w1" };
const other = { id: "22222222-2222-4222-8222-222222222222", widgetSecret: "w1" };
const visitor = "33333333-3333-4333-8333-333333333333";
const now = Date.parse("2026-12-01T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

describe("visitor token", () => {
  it("verifies a token it signed, giving the visitor id", () => {
    expect(verifyVisitorToken(ws, signVisitorToken(ws, visitor, now, secret), now, secret)).toBe(visitor);
  });
  it("refuses a token of another workspace, a forged mac, another visitor id and garbage", () => {
    const token = signVisitorToken(ws, visitor, now, secret);
    expect(verifyVisitorToken(other, token, now, secret)).toBeNull();
    expect(verifyVisitorToken(ws, `${visitor}.AAAA`, now, secret)).toBeNull();
    expect(verifyVisitorToken(ws, token.replace(visitor, other.id), now, secret)).toBeNull();
    expect(verifyVisitorToken(ws, `${token}.x`, now, secret)).toBeNull();
    expect(verifyVisitorToken(ws, "no-dot", now, secret)).toBeNull();
    expect(verifyVisitorToken(ws, "..x", now, secret)).toBeNull();
  });
  it("refuses a token signed with another secret", () => {
    expect(verifyVisitorToken(ws, signVisitorToken(ws, visitor, now, "other"), now, secret)).toBeNull();
  });
  it("visitor tokens expire: good for 7 days after issue, and a later issue time cannot be forged in", () => {
    const token = signVisitorToken(ws, visitor, now, secret);
    expect(VISITOR_TOKEN_TTL_SECONDS).toBe(7 * 24 * 60 * 60);
    expect(verifyVisitorToken(ws, token, now + 7 * DAY - 1000, secret)).toBe(visitor);
    expect(verifyVisitorToken(ws, token, now + 7 * DAY + 1000, secret)).toBeNull();
    const [id, , mac] = token.split(".");
    const later = Math.floor((now + 6 * DAY) / 1000).toString(36);
    expect(verifyVisitorToken(ws, `${id}.${later}.${mac}`, now + 8 * DAY, secret)).toBeNull();
  });
  it("a workspace's tokens are revoked by replacing its widget secret", () => {
    const token = signVisitorToken(ws, visitor, now, secret);
    expect(verifyVisitorToken({ ...ws, widgetSecret: "w2" }, token, now, secret)).toBeNull();
  });
});
