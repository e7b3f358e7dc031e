import { describe, expect, it } from "vitest";
import { signVisitorToken, verifyVisitorToken } from "./visitor-token";

const secret = "test-secret";
const ws = "11111111-1111-4111-8111-111111111111";
const other = "22222222-2222-4222-8222-222222222222";
const visitor = "33333333-3333-4333-8333-333333333333";

describe("visitor token", () => {
  it("verifies a token it signed, giving the visitor id", () => {
    expect(verifyVisitorToken(ws, signVisitorToken(ws, visitor, secret), secret)).toBe(visitor);
  });
  it("refuses a token of another workspace, a forged mac, another visitor id and garbage", () => {
    const token = signVisitorToken(ws, visitor, secret);
    expect(verifyVisitorToken(other, token, secret)).toBeNull();
    expect(verifyVisitorToken(ws, `${visitor}.AAAA`, secret)).toBeNull();
    expect(verifyVisitorToken(ws, token.replace(visitor, other), secret)).toBeNull();
    expect(verifyVisitorToken(ws, "no-dot", secret)).toBeNull();
    expect(verifyVisitorToken(ws, ".x", secret)).toBeNull();
  });
  it("refuses a token signed with another secret", () => {
    expect(verifyVisitorToken(ws, signVisitorToken(ws, visitor, "other"), secret)).toBeNull();
  });
});
