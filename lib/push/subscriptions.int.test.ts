import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { removePushSubscription, savePushSubscription } from "@/db/queries/push-subscriptions";
import { pushSubscriptions } from "@/db/schema";
import { seedRecipient } from "@/lib/channels/testing/delivery-context";
import { createTestDb } from "@/test/db";
import { pushSubscriptionInput } from "./subscription-input";

let conn: Connection;
beforeAll(async () => {
  conn = await createTestDb();
});
afterAll(async () => conn.close());

const browserSubscription = (endpoint = `https://fcm.googleapis.com/fcm/send/${randomUUID()}`) => {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return {
    endpoint,
    expirationTime: null,
    keys: { p256dh: ecdh.getPublicKey("base64url"), auth: randomBytes(16).toString("base64url") },
  };
};

describe("push subscription input", () => {
  it("accepts what a browser's PushSubscription.toJSON() gives", () => {
    expect(pushSubscriptionInput.safeParse(browserSubscription()).success).toBe(true);
  });

  it.each([
    ["an http endpoint", { endpoint: "http://push.example.com/x" }, "endpoint"],
    [
      "keys that are not base64url",
      { keys: { p256dh: "a+b/c", auth: "AAAAAAAAAAAAAAAAAAAAAA" } },
      "keys.p256dh",
    ],
    ["a short public key", { keys: { p256dh: "AAAA", auth: "AAAAAAAAAAAAAAAAAAAAAA" } }, "keys.p256dh"],
    [
      "a short auth secret",
      { keys: { p256dh: browserSubscription().keys.p256dh, auth: "AAAA" } },
      "keys.auth",
    ],
  ])("refuses %s", (_label, over, field) => {
    const result = pushSubscriptionInput.safeParse({ ...browserSubscription(), ...over });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(field);
  });
});

// Issue 9 "Web push endpoints": the server connects to whatever endpoint is stored, so only push services are.
describe("Web push endpoints", () => {
  it("only known push services are accepted when subscribing", () => {
    const accepted = [
      "https://fcm.googleapis.com/fcm/send/abc",
      "https://updates.push.services.mozilla.com/wpush/v2/abc",
      "https://web.push.apple.com/QGx",
      "https://wns2-par02p.notify.windows.com/w/?token=abc",
    ];
    const refused = [
      "https://10.0.0.1:8443/x",
      "https://internal.example/x",
      "https://fcm.googleapis.com.evil.example/x",
      "https://fcm.googleapis.com:8443/x",
      "https://169.254.169.254/latest/meta-data",
      "https://evilpush.apple.com/x",
    ];
    for (const endpoint of accepted) {
      expect(pushSubscriptionInput.safeParse(browserSubscription(endpoint)).success, endpoint).toBe(true);
    }
    for (const endpoint of refused) {
      const result = pushSubscriptionInput.safeParse(browserSubscription(endpoint));
      expect(result.success, endpoint).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join("."))).toContain("endpoint");
    }
  });
});

describe("push subscriptions", () => {
  it("stores a subscription, revives it when the browser subscribes again, and removes only the owner's", async () => {
    const owner = await seedRecipient(conn.db);
    const other = await seedRecipient(conn.db);
    const input = browserSubscription();
    const stored = (s: typeof input) => ({ endpoint: s.endpoint, ...s.keys });
    await savePushSubscription(conn.db, owner, stored(input));
    await conn.db.update(pushSubscriptions).set({ deadAt: new Date(), deadReason: "push service 410" });
    const renewed = { ...input, keys: browserSubscription().keys };
    await savePushSubscription(conn.db, owner, stored(renewed));
    const rows = await conn.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, input.endpoint));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: owner.userId,
      p256dh: renewed.keys.p256dh,
      deadAt: null,
      deadReason: null,
    });
    expect(await removePushSubscription(conn.db, other, input.endpoint)).toBe(false);
    expect(
      await removePushSubscription(conn.db, { ...owner, workspaceId: other.workspaceId }, input.endpoint),
    ).toBe(false);
    expect(await removePushSubscription(conn.db, owner, input.endpoint)).toBe(true);
  });
});
