import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { identityPayloadV2, identitySignature, isValidIdentitySignature } from "./identity";

const secret = "hs_test";

describe("identity signature", () => {
  it("is the hex HMAC-SHA256 of the trimmed, lower-cased email, as a customer's server computes it", () => {
    const customer = createHmac("sha256", secret).update("jane@globex.example").digest("hex");
    expect(identitySignature(secret, "  Jane@Globex.example ")).toBe(customer);
  });

  it("accepts the right signature whatever the email's case or the hex case", () => {
    const signature = identitySignature(secret, "jane@globex.example");
    expect(isValidIdentitySignature(secret, "JANE@globex.example", signature)).toBe(true);
    expect(isValidIdentitySignature(secret, "jane@globex.example", signature.toUpperCase())).toBe(true);
  });

  it("refuses a missing, malformed or wrong signature, another email's, and another secret's", () => {
    const signature = identitySignature(secret, "jane@globex.example");
    expect(isValidIdentitySignature(secret, "jane@globex.example", undefined)).toBe(false);
    expect(isValidIdentitySignature(secret, "jane@globex.example", "")).toBe(false);
    expect(isValidIdentitySignature(secret, "jane@globex.example", "not-hex")).toBe(false);
    expect(isValidIdentitySignature(secret, "jane@globex.example", signature.slice(0, 32))).toBe(false);
    expect(isValidIdentitySignature(secret, "bob@globex.example", signature)).toBe(false);
    expect(isValidIdentitySignature("hs_other", "jane@globex.example", signature)).toBe(false);
  });
});

describe("v2 payload", () => {
  it("is five lines, fields trimmed, the email lower-cased and an absent field empty (docs/widget-api.md)", () => {
    const claim = { email: " Jane@Globex.example ", name: " Jane Cooper ", issuedAt: 1_764_590_400 };
    expect(identityPayloadV2(claim)).toBe(
      "herald-identity-v2\n1764590400\njane@globex.example\n\nJane Cooper",
    );
  });
});
