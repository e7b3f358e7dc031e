// FU3 through the real pipeline and the real mobile API: the app registers the visitor's device, the visitor
// leaves with a reply unread, the push goes through Herald's FCM / APNs clients to the local sandboxes (JWTs
// checked there; APNs over HTTP/2), and the 30 s receipt window decides whether the email follows (fake clock).
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { Resend } from "resend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as DELETEDevice, POST as POSTDevice } from "@/app/api/mobile/devices/route";
import { POST as POSTReceipt } from "@/app/api/mobile/push-receipts/route";
import { findMember } from "@/db/queries/members";
import { findWorkspace } from "@/db/queries/workspaces";
import { decisions, deliveries, visitorDevices, visitors } from "@/db/schema";
import { emailAdapter } from "@/lib/channels/email";
import { mobilePushAdapter } from "@/lib/channels/mobile-push";
import { replyAsAgent } from "@/lib/chat/agent-actions";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { type PushSandbox, SANDBOX_BUNDLE_ID, startPushSandbox } from "@/lib/integrations/push-sandbox";
import { resendSender } from "@/lib/integrations/resend/client";
import { type ResendSandbox, startResendSandbox } from "@/lib/integrations/resend/sandbox";
import { generateWebhookSecret } from "@/lib/integrations/resend/webhook-signature";
import { dispatchDue } from "@/lib/notifications/delivery/dispatch";
import { recordingRegistry } from "@/lib/notifications/testing/pipeline-fakes";
import { signVisitorToken } from "@/lib/widget/visitor-token";
import { recordPageView, recordPresenceReport } from "@/lib/widget/visits";
import { useAsAppDb } from "@/test/app-db";
import { withDemoWorkspace } from "@/test/demo";
import { saveApnsKey, saveFcmServiceAccount } from "./credentials";
import { visitorPushProvider } from "./provider";

const demo = withDemoWorkspace();
let mailbox: ResendSandbox;
let push: PushSandbox;
let workspace: { id: string; widgetSecret: string; publicKey: string };
let clock = Date.now() - 6 * 3_600_000; // in the past, a minute per step; the 30 s window is stepped explicitly
const tick = (ms = 60_000) => {
  clock += ms;
  return new Date(clock);
};

beforeAll(async () => {
  mailbox = await startResendSandbox({ webhookUrl: () => "", webhookSecret: generateWebhookSecret() });
  push = await startPushSandbox();
  useAsAppDb(demo.conn);
  const found = await findWorkspace(demo.conn.db, demo.workspaceId);
  if (!found) throw new Error("demo workspace missing");
  workspace = found;
  await saveFcmServiceAccount(demo.conn.db, demo.workspaceId, JSON.stringify(push.fcm.serviceAccount));
  await saveApnsKey(demo.conn.db, demo.workspaceId, push.apns.key);
});
afterAll(async () => {
  await mailbox?.close();
  await push?.close();
});

function registry() {
  const { registry } = recordingRegistry();
  registry.email = emailAdapter(
    resendSender(new Resend("re_sandbox", { baseUrl: mailbox.url }), "Herald <h@x>"),
  );
  registry.mobile_push = mobilePushAdapter({
    visitor: visitorPushProvider({ fcm: push.fcm.url, apns: push.apns.url }),
  });
  return registry;
}
// The worker's sweep at a given time (what comes due then goes out, or is cancelled by its re-check).
const sweepAt = (at: Date) => dispatchDue(demo.conn.db, { registry: registry(), now: at });

const mobileApi = (path: string, method: string, visitorId: string | null, body: Record<string, unknown>) =>
  new Request(`http://localhost${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(visitorId ? { authorization: `Bearer ${signVisitorToken(workspace, visitorId)}` } : {}),
    },
    body: JSON.stringify({ key: workspace.publicKey, ...body }),
  });

async function newVisitor(email: string) {
  const [v] = await demo.conn.db
    .insert(visitors)
    .values({ workspaceId: demo.workspaceId, unverifiedEmail: email })
    .returning();
  const ref = { workspaceId: demo.workspaceId, visitorId: v.id };
  await recordPageView(demo.conn.db, ref, { url: "http://localhost/demo/pricing" }, tick());
  return ref;
}

async function registerPhone(visitorId: string, provider: "fcm" | "apns") {
  // A phone of its own per test (the sandbox phone takes any token).
  const deviceToken =
    provider === "fcm" ? `fcm-${randomBytes(12).toString("hex")}` : randomBytes(32).toString("hex");
  const res = await POSTDevice(
    mobileApi("/api/mobile/devices", "POST", visitorId, { provider, deviceToken, appId: SANDBOX_BUNDLE_ID }),
  );
  expect(res.status).toBe(201);
  return deviceToken;
}

// Asks, Nadia answers, the visitor's app is in the background and the page hidden: the follow-up is planned.
async function leaveWithUnreadReply(visitor: { workspaceId: string; visitorId: string }) {
  const asked = await postVisitorMessage(
    demo.conn.db,
    { ...visitor, body: "Do you ship to Norway?" },
    tick(),
  );
  const nadia = await findMember(demo.conn.db, demo.workspaceId, demo.ids.nadia);
  if (!nadia) throw new Error("nadia missing");
  await replyAsAgent(demo.conn.db, nadia, asked.conversationId, "Yes, in 3 days.");
  const hiddenAt = tick();
  await recordPresenceReport(demo.conn.db, visitor, { hidden: true, idle: false }, hiddenAt);
  await sweepAt(hiddenAt); // what is due at once goes out (the push); the rest waits for its time
  return { conversationId: asked.conversationId, hiddenAt };
}

const pushesTo = (token: string) => push.phone.pushes.filter((p) => p.token === token);
const emailsTo = (address: string) => mailbox.sent.filter((e) => e.to.includes(address));

async function followUpDeliveries(conversationId: string) {
  return demo.conn.db
    .select({
      rule: decisions.rule,
      channel: decisions.channel,
      reason: decisions.reason,
      status: deliveries.status,
      cancelled: deliveries.reason,
    })
    .from(decisions)
    .leftJoin(deliveries, eq(deliveries.decisionId, decisions.id))
    .where(and(eq(decisions.conversationId, conversationId), eq(decisions.recipientKind, "visitor")));
}

describe("FU3: the visitor's own app, by FCM", () => {
  it("FU3: push first through FCM (service-account JWT checked by the sandbox); a receipt stops the ladder (receipt_received)", async () => {
    const visitor = await newVisitor("fu3-receipt@example.test");
    const token = await registerPhone(visitor.visitorId, "fcm");
    const { conversationId, hiddenAt } = await leaveWithUnreadReply(visitor);
    const [received] = pushesTo(token);
    expect(received).toMatchObject({ provider: "fcm", title: "You have unread messages" });
    expect(received.data).toMatchObject({ herald: "1", conversation_id: conversationId });
    expect(received.data.url).toMatch(/\/c\/[0-9a-f-]{36}\./);
    expect(received.data.receipt_url).toMatch(/\/api\/mobile\/push-receipts$/);
    // The app acknowledges, as docs/mobile-sdk.md tells it to.
    const ack = await POSTReceipt(
      mobileApi("/api/mobile/push-receipts", "POST", visitor.visitorId, {
        deliveryId: received.data.herald_delivery_id,
      }),
    );
    expect(ack.status).toBe(204);
    await sweepAt(new Date(hiddenAt.getTime() + 30_000));
    expect(emailsTo("fu3-receipt@example.test")).toHaveLength(0);
    expect(await followUpDeliveries(conversationId)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: "FU3", channel: "mobile_push", status: "delivered" }),
        expect.objectContaining({
          rule: "FU4",
          channel: "email",
          status: "cancelled",
          cancelled: "receipt_received",
        }),
      ]),
    );
  });

  it("FU3: no receipt within 30 s → the ladder goes on to FU4: the email goes (and not a second before)", async () => {
    const visitor = await newVisitor("fu3-silent@example.test");
    const token = await registerPhone(visitor.visitorId, "fcm");
    const { conversationId, hiddenAt } = await leaveWithUnreadReply(visitor);
    expect(pushesTo(token)).toHaveLength(1);
    await sweepAt(new Date(hiddenAt.getTime() + 29_000));
    expect(emailsTo("fu3-silent@example.test")).toHaveLength(0);
    await sweepAt(new Date(hiddenAt.getTime() + 30_000));
    expect(emailsTo("fu3-silent@example.test")).toHaveLength(1);
    expect(await followUpDeliveries(conversationId)).toContainEqual(
      expect.objectContaining({ rule: "FU4", channel: "email", status: "delivered" }),
    );
  });

  it("FU3: an UNREGISTERED token (the app was uninstalled) is marked dead, the email goes at once, and the token is never used again", async () => {
    const visitor = await newVisitor("fu3-gone@example.test");
    const token = await registerPhone(visitor.visitorId, "fcm");
    push.phone.uninstalled.add(token);
    await leaveWithUnreadReply(visitor);
    // Swept once, at the time the visitor left: not 30 s later, nothing is left to wait for.
    expect(emailsTo("fu3-gone@example.test")).toHaveLength(1);
    const [device] = await demo.conn.db
      .select()
      .from(visitorDevices)
      .where(eq(visitorDevices.visitorId, visitor.visitorId));
    expect(device.deadReason).toBe("FCM: UNREGISTERED (404)");
    push.phone.uninstalled.delete(token);
    // The next follow-up does not try the dead token: no push planned (no_contact), the email without waiting.
    await recordPresenceReport(demo.conn.db, visitor, { hidden: false, idle: false }, tick());
    const second = await leaveWithUnreadReply(visitor);
    expect(pushesTo(token)).toHaveLength(0);
    expect(await followUpDeliveries(second.conversationId)).toContainEqual(
      expect.objectContaining({ rule: "FU3", channel: "mobile_push", reason: "no_contact" }),
    );
    expect(emailsTo("fu3-gone@example.test")).toHaveLength(2);
  });
});

describe("FU3: the visitor's own app, by APNs over HTTP/2", () => {
  it("FU3: an alert with mutable-content reaches the phone through APNs (ES256 provider token checked)", async () => {
    const visitor = await newVisitor("fu3-apns@example.test");
    const token = await registerPhone(visitor.visitorId, "apns");
    await leaveWithUnreadReply(visitor);
    const [received] = pushesTo(token);
    expect(received).toMatchObject({ provider: "apns", title: "You have unread messages" });
    expect(received.data.herald_delivery_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("FU3: 410 Unregistered marks the APNs token dead and the email goes without waiting", async () => {
    const visitor = await newVisitor("fu3-apns-gone@example.test");
    const token = await registerPhone(visitor.visitorId, "apns");
    push.phone.uninstalled.add(token);
    await leaveWithUnreadReply(visitor);
    push.phone.uninstalled.delete(token);
    expect(emailsTo("fu3-apns-gone@example.test")).toHaveLength(1);
    const [device] = await demo.conn.db
      .select()
      .from(visitorDevices)
      .where(eq(visitorDevices.visitorId, visitor.visitorId));
    expect(device.deadReason).toBe("APNs: Unregistered (410)");
  });
});

describe("the mobile API (docs/mobile-sdk.md)", () => {
  it("FU3: refuses a missing visitor token (401), names a bad field (400), and acks only the visitor's own push (404)", async () => {
    const visitor = await newVisitor("fu3-api@example.test");
    const noToken = await POSTDevice(
      mobileApi("/api/mobile/devices", "POST", null, {
        provider: "fcm",
        deviceToken: "abcdefgh1",
        appId: "a.b",
      }),
    );
    expect(noToken.status).toBe(401);
    const badApns = await POSTDevice(
      mobileApi("/api/mobile/devices", "POST", visitor.visitorId, {
        provider: "apns",
        deviceToken: "not-hex-at-all",
        appId: "com.example.app",
      }),
    );
    expect(badApns.status).toBe(400);
    expect((await badApns.json()).error.fields).toHaveProperty("deviceToken");
    const stranger = await newVisitor("fu3-stranger@example.test");
    const token = await registerPhone(visitor.visitorId, "fcm");
    await leaveWithUnreadReply(visitor);
    const [received] = pushesTo(token).slice(-1);
    const notTheirs = await POSTReceipt(
      mobileApi("/api/mobile/push-receipts", "POST", stranger.visitorId, {
        deliveryId: received.data.herald_delivery_id,
      }),
    );
    expect(notTheirs.status).toBe(404);
    const removed = await DELETEDevice(
      mobileApi("/api/mobile/devices", "DELETE", visitor.visitorId, { provider: "fcm", deviceToken: token }),
    );
    expect(removed.status).toBe(204);
    const left = await demo.conn.db
      .select()
      .from(visitorDevices)
      .where(eq(visitorDevices.visitorId, visitor.visitorId));
    expect(left).toEqual([]);
  });
});
