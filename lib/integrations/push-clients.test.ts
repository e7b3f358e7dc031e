// Herald's FCM and APNs clients against the local sandboxes: the JWTs are checked there with the real
// algorithms (RS256 service-account assertion, ES256 provider token), APNs over real HTTP/2.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendApns } from "./apns/client";
import { sendFcm } from "./fcm/client";
import { type PushSandbox, SANDBOX_BUNDLE_ID, startPushSandbox } from "./push-sandbox";

let sandbox: PushSandbox;
beforeAll(async () => {
  sandbox = await startPushSandbox();
});
afterAll(() => sandbox?.close());

const fcmPush = (token: string) => ({
  token,
  title: "Nadia replied",
  body: "Yes, in 3 days.",
  data: { herald: "1", herald_delivery_id: "d1" },
  ttlSeconds: 30,
});
const apnsPush = (token: string) => ({
  token,
  topic: SANDBOX_BUNDLE_ID,
  environment: "production" as const,
  title: "Nadia replied",
  body: "Yes, in 3 days.",
  data: { herald: "1" },
  expiresAt: Math.floor(Date.now() / 1000) + 30,
});
const otherPem = (type: "rsa" | "ec") =>
  (type === "rsa"
    ? generateKeyPairSync("rsa", { modulusLength: 2048 })
    : generateKeyPairSync("ec", { namedCurve: "prime256v1" })
  ).privateKey
    .export({ type: "pkcs8", format: "pem" })
    .toString();

describe("FCM HTTP v1 client", () => {
  it("FU3: exchanges the service-account JWT for an access token once and reuses it for the next sends", async () => {
    const account = {
      ...sandbox.fcm.serviceAccount,
      private_key_id: sandbox.fcm.serviceAccount.private_key_id,
    };
    const before = sandbox.fcm.tokensIssued;
    const apiUrl = sandbox.fcm.url;
    expect(await sendFcm(account, fcmPush("fcm-a-device"), { apiUrl })).toMatchObject({ ok: true });
    expect(await sendFcm(account, fcmPush("fcm-a-device"), { apiUrl })).toMatchObject({ ok: true });
    expect(sandbox.fcm.tokensIssued - before).toBe(1);
    const [pushed] = sandbox.phone.pushes.filter((p) => p.token === "fcm-a-device");
    expect(pushed.data).toEqual({ herald: "1", herald_delivery_id: "d1" });
  });

  it("FU3: an assertion signed with another key is refused; the reason is short, never the provider's body", async () => {
    const forged = { ...sandbox.fcm.serviceAccount, private_key: otherPem("rsa"), client_email: "x@forged" };
    expect(await sendFcm(forged, fcmPush("fcm-b-device"), { apiUrl: sandbox.fcm.url })).toEqual({
      ok: false,
      kind: "failed",
      reason: "FCM: the service account was refused (invalid_grant)",
    });
  });

  it("FU3: UNREGISTERED (404) is a dead token", async () => {
    sandbox.phone.uninstalled.add("fcm-gone");
    expect(
      await sendFcm(sandbox.fcm.serviceAccount, fcmPush("fcm-gone"), { apiUrl: sandbox.fcm.url }),
    ).toEqual({
      ok: false,
      kind: "dead",
      reason: "FCM: UNREGISTERED (404)",
    });
  });
});

describe("APNs HTTP/2 client", () => {
  it("FU3: token auth (ES256) accepted, the alert carries mutable-content for the Notification Service Extension", async () => {
    const token = randomBytes(32).toString("hex");
    const result = await sendApns(sandbox.apns.key, apnsPush(token), { apiUrl: sandbox.apns.url });
    expect(result).toMatchObject({ ok: true, providerId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(sandbox.phone.pushes.find((p) => p.token === token)).toMatchObject({
      provider: "apns",
      title: "Nadia replied",
    });
  });

  it("FU3: a provider token signed with another key is refused (403 InvalidProviderToken, not a dead device)", async () => {
    const key = { ...sandbox.apns.key, keyId: "ZZZZZZZZZZ", privateKey: otherPem("ec") };
    const token = randomBytes(32).toString("hex");
    expect(await sendApns(key, apnsPush(token), { apiUrl: sandbox.apns.url })).toEqual({
      ok: false,
      kind: "failed",
      reason: "APNs: InvalidProviderToken (403)",
    });
  });

  it("FU3: BadDeviceToken (400) and Unregistered (410) are dead tokens", async () => {
    const apiUrl = sandbox.apns.url;
    expect(await sendApns(sandbox.apns.key, apnsPush("not-hex"), { apiUrl })).toMatchObject({
      kind: "dead",
      reason: "APNs: BadDeviceToken (400)",
    });
    const gone = randomBytes(32).toString("hex");
    sandbox.phone.uninstalled.add(gone);
    expect(await sendApns(sandbox.apns.key, apnsPush(gone), { apiUrl })).toMatchObject({
      kind: "dead",
      reason: "APNs: Unregistered (410)",
    });
  });

  it("FU3: an unreachable APNs is retryable", async () => {
    const result = await sendApns(sandbox.apns.key, apnsPush(randomBytes(32).toString("hex")), {
      apiUrl: "http://127.0.0.1:9",
    });
    expect(result).toEqual({ ok: false, kind: "retryable", reason: "APNs could not be reached" });
  });
});
