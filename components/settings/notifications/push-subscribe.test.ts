import { createECDH } from "node:crypto";
import { describe, expect, it } from "vitest";
import { applicationServerKey, thisDevice, webPushSupport } from "./push-subscribe";

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

describe("thisDevice (IC2)", () => {
  const android =
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";
  const mac =
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
  it("IC2: the installed PWA on a phone is a mobile device; the same phone's browser tab, or a laptop, is a desktop one", () => {
    expect(thisDevice(android, true)).toEqual({ device: "mobile", label: "Herald app on Android" });
    expect(thisDevice(android, false)).toEqual({ device: "desktop", label: "Chrome on Android" });
    expect(thisDevice(mac, true)).toEqual({ device: "desktop", label: "Chrome on macOS" });
  });
});
