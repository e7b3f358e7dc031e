import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { Agent } from "node:https";
import { createRequire } from "node:module";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import type { Connection } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";
import { noFacts } from "@/lib/notifications/content/facts";
import type { HeraldEvent } from "@/lib/notifications/events/event";
import { createTestDb } from "@/test/db";
import { type FakePushService, startFakePushService } from "@/test/fakes/push-service";
import { agentPhonePushProvider } from "./agent-phone-push";
import { mobilePushAdapter } from "./mobile-push";
import { deliveryFor, seedRecipient } from "./testing/delivery-context";
import { webPushAdapter } from "./web-push";

// The test plays the browser too: it holds the subscription's private key and decrypts what arrived.
const ece = createRequire(import.meta.url)("http_ece") as {
  decrypt: (body: Buffer, params: { version: string; privateKey: unknown; authSecret: string }) => Buffer;
};

let conn: Connection;
let push: FakePushService;
const keys = webpush.generateVAPIDKeys();
const adapter = webPushAdapter({
  vapid: async () => ({ ...keys, subject: "mailto:ops@example.com" }),
  agent: new Agent({ rejectUnauthorized: false }),
});

beforeAll(async () => {
  [conn, push] = await Promise.all([createTestDb(), startFakePushService()]);
});
afterAll(async () => Promise.all([conn.close(), push.close()]));

async function subscribedUser(paths: string[], device: "desktop" | "mobile" = "desktop") {
  const recipient = await seedRecipient(conn.db);
  const browsers = paths.map((p) => {
    const ecdh = createECDH("prime256v1");
    ecdh.generateKeys();
    return { ecdh, auth: randomBytes(16).toString("base64url"), endpoint: `${push.origin}${p}` };
  });
  for (const b of browsers) {
    await conn.db.insert(pushSubscriptions).values({
      ...recipient,
      endpoint: b.endpoint,
      p256dh: b.ecdh.getPublicKey("base64url"),
      auth: b.auth,
      device,
    });
  }
  return { recipient, browsers };
}

const event = (conversationId = randomUUID()): HeraldEvent => ({
  type: "conversation.created",
  id: `conversation.created:${conversationId}`,
  workspaceId: "w",
  occurredAt: new Date(),
  conversationId,
  visitorId: randomUUID(),
});

const subscription = (endpoint: string) =>
  conn.db
    .select()
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.endpoint, endpoint))
    .then((r) => r[0]);

describe("web push (real web-push library, fake HTTPS push service)", () => {
  it("delivers an encrypted, VAPID-signed payload the browser can decrypt (201)", async () => {
    const { recipient, browsers } = await subscribedUser([`/push/${randomUUID()}`]);
    const e = event();
    const facts = {
      ...noFacts,
      visitor: { id: "v1", name: "Jane Cooper", email: null },
      words: "Do you ship?",
    };
    const { delivery, context } = deliveryFor(conn.db, recipient, e, {}, facts);
    expect(await adapter.send(delivery, context)).toMatchObject({
      status: "delivered",
      providerStatus: "1/1 browsers",
    });
    const request = push.requests.find((r) => `${push.origin}${r.path}` === browsers[0].endpoint);
    expect(request?.headers["content-encoding"]).toBe("aes128gcm");
    expect(request?.headers.authorization).toMatch(
      new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${keys.publicKey}$`),
    );
    expect(request?.headers.ttl).toBe("3600");
    expect(request?.body.toString("utf8")).not.toContain("Jane Cooper"); // encrypted on the wire
    const clear = ece.decrypt(request?.body ?? Buffer.alloc(0), {
      version: "aes128gcm",
      privateKey: browsers[0].ecdh,
      authSecret: browsers[0].auth,
    });
    expect(JSON.parse(clear.toString("utf8"))).toEqual({
      title: "New chat from Jane Cooper",
      body: "Do you ship?",
      url: expect.stringMatching(
        new RegExp(`/inbox/${e.type === "conversation.created" ? e.conversationId : ""}$`),
      ),
      tag: `conversation:${context.decision.conversationId}`,
    });
  });

  it("marks a gone subscription (410) dead with its reason and reports the delivery dead", async () => {
    const path = `/push/${randomUUID()}`;
    push.script(path, 410);
    const { recipient, browsers } = await subscribedUser([path]);
    const { delivery, context } = deliveryFor(conn.db, recipient, event());
    const result = await adapter.send(delivery, context);
    expect(result).toMatchObject({ status: "failed", retryable: false, deadEndpoint: browsers[0].endpoint });
    const row = await subscription(browsers[0].endpoint);
    expect(row.deadAt).not.toBeNull();
    expect(row.deadReason).toBe("push service 410: scripted 410");
    // Never sent to again: the next notification finds no live browser.
    const before = push.requests.length;
    expect((await adapter.send(delivery, context)).status).toBe("captured");
    expect(push.requests.length).toBe(before);
  });

  it("reports a push service error (500) as retryable, leaving the subscription alive", async () => {
    const path = `/push/${randomUUID()}`;
    push.script(path, 500);
    const { recipient, browsers } = await subscribedUser([path]);
    const { delivery, context } = deliveryFor(conn.db, recipient, event());
    expect(await adapter.send(delivery, context)).toEqual({
      status: "failed",
      retryable: true,
      error: "push service 500: scripted 500",
    });
    expect((await subscription(browsers[0].endpoint)).deadAt).toBeNull();
    expect(await adapter.send(delivery, context)).toMatchObject({ status: "delivered" }); // the retry
  });

  it("is delivered when one browser is reached, and marks the other, gone, dead", async () => {
    const gone = `/push/${randomUUID()}`;
    push.script(gone, 404);
    const { recipient, browsers } = await subscribedUser([`/push/${randomUUID()}`, gone]);
    const { delivery, context } = deliveryFor(conn.db, recipient, event());
    expect(await adapter.send(delivery, context)).toMatchObject({ status: "delivered" });
    expect((await subscription(browsers[1].endpoint)).deadReason).toBe("push service 404: scripted 404");
    expect((await subscription(browsers[0].endpoint)).deadAt).toBeNull();
  });

  it("marks a malformed subscription dead with the reason, without calling the push service", async () => {
    const recipient = await seedRecipient(conn.db);
    const endpoint = `${push.origin}/push/${randomUUID()}`;
    await conn.db.insert(pushSubscriptions).values({ ...recipient, endpoint, p256dh: "short", auth: "x" });
    const before = push.requests.length;
    const { delivery, context } = deliveryFor(conn.db, recipient, event());
    expect(await adapter.send(delivery, context)).toMatchObject({
      status: "failed",
      retryable: false,
      deadEndpoint: endpoint,
    });
    expect((await subscription(endpoint)).deadReason).toMatch(/^malformed subscription: /);
    expect(push.requests.length).toBe(before);
  });

  it("captures what it would say when the user has no subscribed browser", async () => {
    const recipient = await seedRecipient(conn.db);
    const { delivery, context } = deliveryFor(conn.db, recipient, event());
    expect(await adapter.send(delivery, context)).toEqual({
      status: "captured",
      summary:
        "[web_push] no subscribed browser: New chat from A visitor — Open the conversation to read it.",
    });
  });
});

describe("agents' phones (IC2 mobile_push: the installed PWA's subscription, tagged mobile)", () => {
  const options = {
    vapid: async () => ({ ...keys, subject: "mailto:ops@example.com" }),
    agent: new Agent({ rejectUnauthorized: false }),
  };
  const phones = mobilePushAdapter({ user: agentPhonePushProvider(options) });
  const hits = (endpoint: string) =>
    push.requests.filter((r) => `${push.origin}${r.path}` === endpoint).length;

  it("IC2: mobile_push reaches the phone and not the desktop; web_push the desktop and not the phone", async () => {
    const {
      recipient,
      browsers: [desktop],
    } = await subscribedUser([`/push/${randomUUID()}`]);
    const [phone] = [`${push.origin}/push/${randomUUID()}`];
    const ecdh = createECDH("prime256v1");
    ecdh.generateKeys();
    await conn.db.insert(pushSubscriptions).values({
      ...recipient,
      endpoint: phone,
      p256dh: ecdh.getPublicKey("base64url"),
      auth: randomBytes(16).toString("base64url"),
      device: "mobile",
      label: "Android phone",
    });
    const mobile = deliveryFor(conn.db, recipient, event(), { channel: "mobile_push" });
    expect(await phones.send(mobile.delivery, mobile.context)).toMatchObject({
      status: "delivered",
      providerStatus: "1/1 browsers",
    });
    expect([hits(phone), hits(desktop.endpoint)]).toEqual([1, 0]);
    const web = deliveryFor(conn.db, recipient, event());
    expect(await adapter.send(web.delivery, web.context)).toMatchObject({ status: "delivered" });
    expect([hits(phone), hits(desktop.endpoint)]).toEqual([1, 1]);
  });

  it("IC2: an agent with no phone subscribed gets mobile_push captured with that reason", async () => {
    const { recipient } = await subscribedUser([`/push/${randomUUID()}`]); // a desktop only
    const { delivery, context } = deliveryFor(conn.db, recipient, event(), { channel: "mobile_push" });
    expect(await phones.send(delivery, context)).toMatchObject({
      status: "captured",
      summary: expect.stringMatching(/^\[mobile_push\] no phone with Herald installed: /),
    });
  });
});
