import { createECDH } from "node:crypto";
import { describe, expect, it } from "vitest";
import { applicationServerKey, webPushSupport } from "./push-subscribe";

describe("web push client helper", () => {
  it("turns the base64url VAPID public key into the bytes pushManager.subscribe expects", () => {
    const ecdh = createECDH("prime256v1");
    const raw = ecdh.generateKeys();
    expect(Buffer.from(applicationServerKey(ecdh.getPublicKey("base64url")))).toEqual(raw);
  });

  it("reports push as unsupported outside a browser", () => {
    expect(webPushSupport()).toBe("unsupported");
  });
});
