import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./crypto";

const k1 = randomBytes(32).toString("base64");
const k2 = randomBytes(32).toString("base64");

describe("secrets at rest", () => {
  it("round-trips and never stores the plaintext", () => {
    const stored = encryptSecret("whsec_identity", k1);
    expect(stored).not.toContain("whsec_identity");
    expect(decryptSecret(stored, k1)).toBe("whsec_identity");
  });
  it("uses a fresh IV each time", () => {
    expect(encryptSecret("same", k1)).not.toBe(encryptSecret("same", k1));
  });
  it("refuses another key and tampered data", () => {
    const stored = encryptSecret("secret", k1);
    expect(() => decryptSecret(stored, k2)).toThrow();
    const [v, iv, tag, data] = stored.split(".");
    const flipped = `${data[0] === "A" ? "B" : "A"}${data.slice(1)}`;
    expect(() => decryptSecret([v, iv, tag, flipped].join("."), k1)).toThrow();
  });
});
