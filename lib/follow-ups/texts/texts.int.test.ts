// Follow-up texts through the real pipeline and the real `twilio` SDK against the Twilio sandbox: presence write →
// visitor.went_offline → one text (WhatsApp template, else SMS) → status callbacks and inbound texts signed as Twilio
// signs them, checked by the SDK's validateRequest (FU4, FU5, FU8, FU9, X3).
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as POSTContact } from "@/app/api/widget/contact/route";
import { saveFollowUpSettings } from "@/db/queries/follow-ups";
import { findMember } from "@/db/queries/members";
import { findSmsWallet, sumSmsLedger } from "@/db/queries/sms-wallet";
import { setVisitorContactPhone } from "@/db/queries/texts";
import { findWorkspace } from "@/db/queries/workspaces";
import {
  decisions,
  deliveries,
  messages,
  notifications,
  smsLedger,
  smsWallets,
  textOptOuts,
  visitors,
} from "@/db/schema";
import { walletNotices } from "@/lib/billing/admin-notice";
import { smsAdapter } from "@/lib/channels/sms";
import type { ChannelAdapter } from "@/lib/channels/types";
import { replyAsAgent } from "@/lib/chat/agent-actions";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import type { Effects } from "@/lib/effects/effects";
import {
  inboundWebhookUrl,
  statusCallbackUrl,
  type TwilioConfig,
  textSender,
} from "@/lib/integrations/twilio/client";
import { startTwilioSandbox, type TwilioSandbox } from "@/lib/integrations/twilio/sandbox";
import { sendAfterCommit } from "@/lib/notifications/delivery/after-commit";
import { recordingRegistry } from "@/lib/notifications/testing/pipeline-fakes";
import { signVisitorToken } from "@/lib/widget/visitor-token";
import { recordPageView, recordPresenceReport } from "@/lib/widget/visits";
import { useAsAppDb } from "@/test/app-db";
import { withDemoWorkspace } from "@/test/demo";
import { handleInboundText, inboundTextSchema } from "./inbound";
import { applyTextStatus, textStatusSchema } from "./status-callback";
import { emptyTwiml, handleTwilioWebhook } from "./twilio-webhook";

const demo = withDemoWorkspace();
const APP_URL = "http://localhost:3000";
const TEMPLATE = "HX0123456789abcdef0123456789abcdef";
const logged: string[] = [];
let sandbox: TwilioSandbox;
let config: TwilioConfig;
let clock = Date.now() - 6 * 3_600_000;
const tick = (ms = 60_000) => {
  clock += ms;
  return new Date(clock);
};

// The sandbox's signed webhooks go to the same handlers as the routes, with the URL Herald signs against.
async function webhook(url: string, headers: Record<string, string>, body: string) {
  const request = new Request(url, { method: "POST", headers, body });
  const deps = { authToken: config.TWILIO_AUTH_TOKEN, url, log: (m: string) => logged.push(m), apply };
  const response = url.endsWith("/status")
    ? await handleTwilioWebhook(
        demo.conn.db,
        request,
        textStatusSchema,
        (i) =>
          applyTextStatus(
            demo.conn.db,
            { sid: i.MessageSid, status: i.MessageStatus, errorCode: i.ErrorCode ?? null },
            tick(1000),
          ),
        deps,
        (result) => Response.json({ result }),
      )
    : await handleTwilioWebhook(
        demo.conn.db,
        request,
        inboundTextSchema,
        (i) => handleInboundText(demo.conn.db, i, tick(1000), (m) => logged.push(m)),
        deps,
        emptyTwiml,
      );
  return response.status;
}

beforeAll(async () => {
  sandbox = await startTwilioSandbox({
    inboundUrl: () => inboundWebhookUrl(APP_URL),
    deliverWebhook: webhook,
    autoStatus: false,
  });
  config = {
    TWILIO_ACCOUNT_SID: sandbox.accountSid,
    TWILIO_AUTH_TOKEN: sandbox.authToken,
    TWILIO_FROM: "+15005550006",
    TWILIO_MESSAGING_SERVICE_SID: undefined,
    TWILIO_WHATSAPP_FROM: "+14155238886",
    TWILIO_API_URL: sandbox.url,
    APP_URL,
  };
});
afterAll(() => sandbox?.close());
beforeEach(async () => {
  config.TWILIO_WHATSAPP_FROM = "+14155238886";
  await saveFollowUpSettings(demo.conn.db, demo.workspaceId, {
    sms: true,
    email: false,
    whatsappContentSid: TEMPLATE,
  });
});

// Sends what effects recorded, with texts going through the real SDK to the sandbox.
async function apply(db: typeof demo.conn.db, effects: Effects[]) {
  const { registry } = recordingRegistry();
  registry.sms = racing ?? smsAdapter(textSender(config));
  await sendAfterCommit(
    db,
    effects.flatMap((e) => [e.notifications ?? null].flat()),
    registry,
  );
}

let racing: ChannelAdapter | null = null;
let phones = 0;
async function leaveWithUnreadReply(phone = `+1415555${String(1000 + ++phones)}`) {
  const { conn, workspaceId } = demo;
  const [v] = await conn.db.insert(visitors).values({ workspaceId, unverifiedName: "Ana" }).returning();
  const visitor = { workspaceId, visitorId: v.id };
  await setVisitorContactPhone(conn.db, workspaceId, v.id, phone);
  await recordPageView(conn.db, visitor, { url: "http://localhost/demo/pricing" }, tick());
  const asked = await postVisitorMessage(conn.db, { ...visitor, body: "Do you ship to Norway?" }, tick());
  const nadia = await findMember(conn.db, workspaceId, demo.ids.nadia);
  if (!nadia) throw new Error("nadia missing");
  await replyAsAgent(conn.db, nadia, asked.conversationId, "Yes, we ship to Norway in 3 days.");
  await apply(conn.db, [await recordPresenceReport(conn.db, visitor, { hidden: true, idle: false }, tick())]);
  return { phone, visitor, conversationId: asked.conversationId };
}

const textsTo = (phone: string, channel?: "sms" | "whatsapp") =>
  sandbox.texts.filter(
    (t) => t.phone === phone && t.direction === "outbound-api" && (!channel || t.channel === channel),
  );

async function smsDelivery(conversationId: string) {
  const [row] = await demo.conn.db
    .select({ delivery: deliveries, rule: decisions.rule, reason: decisions.reason })
    .from(decisions)
    .leftJoin(deliveries, eq(deliveries.decisionId, decisions.id))
    .where(and(eq(decisions.conversationId, conversationId), eq(decisions.channel, "sms")));
  return row;
}

describe("FU5: WhatsApp first, else SMS — exactly one text", () => {
  it("FU5: WhatsApp delivered → no SMS; the template carries the visitor's name, the agent's name and the /c/ link", async () => {
    const { phone, conversationId } = await leaveWithUnreadReply();
    const [whatsapp] = textsTo(phone);
    expect(textsTo(phone)).toHaveLength(1);
    expect(whatsapp.channel).toBe("whatsapp");
    expect(whatsapp.to).toBe(`whatsapp:${phone}`);
    expect(whatsapp.body).toContain(TEMPLATE);
    expect(whatsapp.body).toMatch(/Ana · Nadia .* · http:\/\/localhost:3000\/c\//);
    expect(whatsapp.statusCallback).toBe(statusCallbackUrl(APP_URL));
    await sandbox.status(whatsapp.sid, "sent");
    await sandbox.status(whatsapp.sid, "delivered");
    expect(textsTo(phone)).toHaveLength(1);
    const row = await smsDelivery(conversationId);
    expect(row?.delivery).toMatchObject({
      status: "delivered",
      providerId: whatsapp.sid,
      providerStatus: "whatsapp delivered",
    });
  });

  it("FU5: WhatsApp 63016 (outside the 24-hour window) after the send → one SMS instead, with the error in the log", async () => {
    const { phone, conversationId } = await leaveWithUnreadReply();
    const [whatsapp] = textsTo(phone, "whatsapp");
    await sandbox.status(whatsapp.sid, "sent");
    expect(await sandbox.status(whatsapp.sid, "undelivered", 63016)).toBe(200);
    const sms = textsTo(phone, "sms");
    expect(sms).toHaveLength(1);
    expect(sms[0].body).toMatch(
      /^Nadia .* replied: Yes, we ship to Norway in 3 days\.\nContinue the chat: http:\/\/localhost:3000\/c\//,
    );
    const row = await smsDelivery(conversationId);
    expect(row?.delivery).toMatchObject({
      status: "delivered",
      providerId: sms[0].sid,
      providerStatus: "sms queued",
      segments: sms[0].numSegments, // counted as Twilio counts them (the sandbox uses the same calculator)
    });
    expect(sms[0].numSegments).toBeLessThanOrEqual(2);
    expect(row?.delivery?.lastError).toBeNull();
  });

  it("FU5: never two — duplicate and late WhatsApp failures send no second SMS", async () => {
    const { phone } = await leaveWithUnreadReply();
    const [whatsapp] = textsTo(phone, "whatsapp");
    await sandbox.status(whatsapp.sid, "failed", 63003);
    await sandbox.status(whatsapp.sid, "failed", 63003);
    await sandbox.status(whatsapp.sid, "undelivered", 63024);
    await sandbox.status(whatsapp.sid, "sent");
    expect(textsTo(phone, "sms")).toHaveLength(1);
    expect(textsTo(phone)).toHaveLength(2);
  });

  it("FU5: WhatsApp refused at once (63007, no such sender) → the SMS goes in the same attempt", async () => {
    config.TWILIO_WHATSAPP_FROM = "+14155550000";
    const { phone, conversationId } = await leaveWithUnreadReply();
    expect(textsTo(phone).map((t) => t.channel)).toEqual(["sms"]);
    const row = await smsDelivery(conversationId);
    expect(row?.delivery).toMatchObject({ status: "delivered", providerId: textsTo(phone)[0].sid });
    expect(row?.delivery?.summary).toMatch(/^WhatsApp refused: Twilio 400 63007 \(no WhatsApp sender/);
  });

  it("FU5: a WhatsApp failure reported before the send was even settled still falls back to one SMS", async () => {
    // The failure callback arrives while the dispatcher still holds the delivery (Twilio was fast).
    const inner = smsAdapter(textSender(config));
    let raced = false;
    racing = {
      async send(delivery, context) {
        const result = await inner.send(delivery, context);
        if (!raced && result.status === "delivered" && result.providerId) {
          raced = true;
          await sandbox.status(result.providerId, "failed", 63016);
        }
        return result;
      },
    };
    try {
      const { phone, conversationId } = await leaveWithUnreadReply();
      expect(textsTo(phone).map((t) => t.channel)).toEqual(["whatsapp", "sms"]);
      const row = await smsDelivery(conversationId);
      expect(row?.delivery).toMatchObject({ status: "delivered", providerId: textsTo(phone, "sms")[0].sid });
    } finally {
      racing = null;
    }
  });

  it("FU5: WhatsApp not configured → SMS", async () => {
    config.TWILIO_WHATSAPP_FROM = undefined;
    const { phone, conversationId } = await leaveWithUnreadReply();
    expect(textsTo(phone).map((t) => t.channel)).toEqual(["sms"]);
    expect((await smsDelivery(conversationId))?.rule).toBe("FU4");
  });

  it("FU5: no approved template in Settings → Follow-ups → SMS", async () => {
    await saveFollowUpSettings(demo.conn.db, demo.workspaceId, { whatsappContentSid: null });
    const { phone } = await leaveWithUnreadReply();
    expect(textsTo(phone).map((t) => t.channel)).toEqual(["sms"]);
  });
});

describe("capture mode", () => {
  it("FU4: with Twilio not configured the text is captured in the delivery log, with its segments", async () => {
    const saved = config;
    config = { ...config, TWILIO_ACCOUNT_SID: undefined, TWILIO_AUTH_TOKEN: undefined };
    try {
      const { phone, conversationId } = await leaveWithUnreadReply();
      expect(textsTo(phone)).toHaveLength(0);
      const row = await smsDelivery(conversationId);
      expect(row?.delivery).toMatchObject({ status: "captured", segments: 2 });
      expect(row?.delivery?.summary).toContain(`[sms] to ${phone} (US, 2 segments, GSM-7): Nadia`);
    } finally {
      config = saved;
    }
  });
});

describe("X3: receipts move a text forward only", () => {
  it("X3: out of order and duplicate SMS statuses never go backwards; a failure names its code and meaning", async () => {
    config.TWILIO_WHATSAPP_FROM = undefined;
    const { phone, conversationId } = await leaveWithUnreadReply();
    const [sms] = textsTo(phone, "sms");
    await sandbox.status(sms.sid, "delivered");
    await sandbox.status(sms.sid, "sent");
    await sandbox.status(sms.sid, "delivered");
    expect((await smsDelivery(conversationId))?.delivery?.providerStatus).toBe("sms delivered");

    const other = await leaveWithUnreadReply();
    const [second] = textsTo(other.phone, "sms");
    await sandbox.status(second.sid, "undelivered", 30005);
    await sandbox.status(second.sid, "sent");
    const row = await smsDelivery(other.conversationId);
    expect(row?.delivery).toMatchObject({ status: "failed", providerStatus: "sms undelivered" });
    expect(row?.delivery?.lastError).toBe(
      "SMS undelivered (30005 unknown handset (the number does not exist))",
    );
  });
});

describe("FU8: replies by text", () => {
  it("FU8: an inbound SMS becomes a visitor message (origin sms) in the same conversation", async () => {
    config.TWILIO_WHATSAPP_FROM = undefined;
    const { phone, conversationId } = await leaveWithUnreadReply();
    expect(await sandbox.reply(phone, "Great, please send it.")).toBe(200);
    const [posted] = await demo.conn.db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.body, "Great, please send it.")));
    expect(posted).toMatchObject({ authorType: "visitor", channel: "sms" });
  });

  it("FU8: a WhatsApp reply has origin whatsapp; a redelivered MessageSid is applied once", async () => {
    const { phone, conversationId } = await leaveWithUnreadReply();
    await sandbox.reply(phone, "Thanks!", "whatsapp");
    const inbound = sandbox.texts.at(-1);
    if (!inbound) throw new Error("no inbound text");
    const params = {
      MessageSid: inbound.sid,
      From: inbound.from,
      To: inbound.to,
      Body: "Thanks!",
      AccountSid: sandbox.accountSid,
    };
    const { default: twilio } = await import("twilio");
    const url = inboundWebhookUrl(APP_URL);
    const signature = twilio.getExpectedTwilioSignature(sandbox.authToken, url, params);
    expect(
      await webhook(
        url,
        { "x-twilio-signature": signature, "content-type": "application/x-www-form-urlencoded" },
        new URLSearchParams(params).toString(),
      ),
    ).toBe(200);
    const posted = await demo.conn.db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.body, "Thanks!")));
    expect(posted).toHaveLength(1);
    expect(posted[0].channel).toBe("whatsapp");
  });

  it("FU8: a forged signature is refused (401) and posts nothing", async () => {
    const { phone, conversationId } = await leaveWithUnreadReply();
    const params = { MessageSid: `SM${"a".repeat(32)}`, From: phone, Body: "forged" };
    const body = new URLSearchParams(params).toString();
    const headers = {
      "x-twilio-signature": "bm90IGEgc2lnbmF0dXJl",
      "content-type": "application/x-www-form-urlencoded",
    };
    expect(await webhook(inboundWebhookUrl(APP_URL), headers, body)).toBe(401);
    const { default: twilio } = await import("twilio");
    // Signed for another URL (a request's Host, not APP_URL): refused too.
    const elsewhere = twilio.getExpectedTwilioSignature(
      sandbox.authToken,
      "http://evil.test/api/webhooks/twilio/inbound",
      params,
    );
    expect(
      await webhook(inboundWebhookUrl(APP_URL), { ...headers, "x-twilio-signature": elsewhere }, body),
    ).toBe(401);
    const posted = await demo.conn.db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.body, "forged")));
    expect(posted).toHaveLength(0);
  });

  it("FU8: STOP is honoured — recorded, no chat message, never texted again (no_contact, FU9); START opts back in", async () => {
    config.TWILIO_WHATSAPP_FROM = undefined;
    const first = await leaveWithUnreadReply();
    expect(await sandbox.reply(first.phone, "STOP")).toBe(200);
    const [optOut] = await demo.conn.db.select().from(textOptOuts).where(eq(textOptOuts.phone, first.phone));
    expect(optOut).toMatchObject({ workspaceId: demo.workspaceId, keyword: "STOP" });
    const stopMessages = await demo.conn.db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, first.conversationId), eq(messages.body, "STOP")));
    expect(stopMessages).toHaveLength(0);

    // The same visitor leaves again after a new reply: no text, and the log says why.
    const nadia = await findMember(demo.conn.db, demo.workspaceId, demo.ids.nadia);
    if (!nadia) throw new Error("nadia missing");
    await recordPresenceReport(demo.conn.db, first.visitor, { hidden: false, idle: false }, tick());
    await replyAsAgent(demo.conn.db, nadia, first.conversationId, "Anything else?");
    await apply(demo.conn.db, [
      await recordPresenceReport(demo.conn.db, first.visitor, { hidden: true, idle: false }, tick()),
    ]);
    expect(textsTo(first.phone)).toHaveLength(1);
    const latest = await demo.conn.db
      .select({ rule: decisions.rule, reason: decisions.reason, outcome: decisions.outcome })
      .from(decisions)
      .where(and(eq(decisions.conversationId, first.conversationId), eq(decisions.channel, "sms")));
    expect(latest).toContainEqual({ rule: "FU9", reason: "no_contact", outcome: "suppress" });

    await sandbox.reply(first.phone, "START");
    expect(
      await demo.conn.db.select().from(textOptOuts).where(eq(textOptOuts.phone, first.phone)),
    ).toHaveLength(0);
  });

  it("FU8: a text from an unknown number gets no conversation and is logged", async () => {
    logged.length = 0;
    const before = await demo.conn.db.select({ id: messages.id }).from(messages);
    expect(await sandbox.reply("+14155550999", "who is this?")).toBe(200);
    expect(await demo.conn.db.select({ id: messages.id }).from(messages)).toHaveLength(before.length);
    expect(logged.some((m) => m.includes("unknown number …0999"))).toBe(true);
  });
});

describe("Get the reply by text (the widget's phone capture)", () => {
  async function giveContact(visitorId: string, body: object) {
    const workspace = await findWorkspace(demo.conn.db, demo.workspaceId);
    if (!workspace) throw new Error("demo workspace missing");
    return POSTContact(
      new Request("http://localhost/api/widget/contact", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${signVisitorToken(workspace, visitorId)}`,
        },
        body: JSON.stringify({ key: workspace.publicKey, ...body }),
      }),
    );
  }

  it("FU4: a national number is stored in E.164, read in the browser's country", async () => {
    useAsAppDb(demo.conn);
    config.TWILIO_WHATSAPP_FROM = undefined;
    const [v] = await demo.conn.db.insert(visitors).values({ workspaceId: demo.workspaceId }).returning();
    expect((await giveContact(v.id, { phone: "(415) 555-0142", country: "US" })).status).toBe(204);
    const [row] = await demo.conn.db.select().from(visitors).where(eq(visitors.id, v.id));
    expect(row).toMatchObject({ unverifiedPhone: "+14155550142", phone: null });
    expect((await giveContact(v.id, { phone: "+44 7911 123456" })).status).toBe(204);
    const [again] = await demo.conn.db.select().from(visitors).where(eq(visitors.id, v.id));
    expect(again.unverifiedPhone).toBe("+447911123456");
  });

  it("FU4: a number that is not one is a 400 naming phone; email and phone together are refused", async () => {
    useAsAppDb(demo.conn);
    const [v] = await demo.conn.db.insert(visitors).values({ workspaceId: demo.workspaceId }).returning();
    const bad = await giveContact(v.id, { phone: "12", country: "US" });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("phone");
    expect((await giveContact(v.id, { phone: "+14155550142", email: "a@b.test" })).status).toBe(400);
  });
});

describe("FU7: each text is paid from the SMS wallet", () => {
  const ledgerOf = (deliveryId: string) =>
    demo.conn.db
      .select()
      .from(smsLedger)
      .where(eq(smsLedger.deliveryId, deliveryId))
      .orderBy(smsLedger.createdAt);

  it("FU7: a text is charged per segment before it is sent, once, and the ledger names its delivery", async () => {
    config.TWILIO_WHATSAPP_FROM = undefined;
    const before = (await findSmsWallet(demo.conn.db, demo.workspaceId)).balanceMinor;
    const { phone, conversationId } = await leaveWithUnreadReply();
    const [sms] = textsTo(phone, "sms");
    const delivery = (await smsDelivery(conversationId))?.delivery;
    if (!delivery) throw new Error("no SMS delivery");
    // US: 1 ¢ a segment by default; counted as Twilio counts them.
    expect(await ledgerOf(delivery.id)).toMatchObject([
      { kind: "charge", amountMinor: -sms.numSegments, segments: sms.numSegments, countryCode: "US" },
    ]);
    expect((await findSmsWallet(demo.conn.db, demo.workspaceId)).balanceMinor).toBe(before - sms.numSegments);
    expect(await sumSmsLedger(demo.conn.db, demo.workspaceId)).toBe(before - sms.numSegments);
  });

  it("FU7: a text Twilio refuses at once (21211) is refunded", async () => {
    config.TWILIO_WHATSAPP_FROM = undefined;
    const before = (await findSmsWallet(demo.conn.db, demo.workspaceId)).balanceMinor;
    const { conversationId } = await leaveWithUnreadReply("+0123456789");
    const delivery = (await smsDelivery(conversationId))?.delivery;
    expect(delivery).toMatchObject({ status: "failed" });
    expect((await ledgerOf(delivery?.id ?? "")).map((e) => [e.kind, e.amountMinor])).toEqual([
      ["charge", -20], // no country: the fallback price, 10 ¢ a segment
      ["refund", 20],
    ]);
    expect((await findSmsWallet(demo.conn.db, demo.workspaceId)).balanceMinor).toBe(before);
  });

  it("FU7: with the wallet empty the text is not sent (insufficient_balance in the log) and admins are told once", async () => {
    config.TWILIO_WHATSAPP_FROM = undefined;
    const { db } = demo.conn;
    const kept = (await findSmsWallet(db, demo.workspaceId)).balanceMinor;
    await db.update(smsWallets).set({ balanceMinor: 0 }).where(eq(smsWallets.workspaceId, demo.workspaceId));
    try {
      const first = await leaveWithUnreadReply();
      const second = await leaveWithUnreadReply();
      expect(textsTo(first.phone)).toEqual([]);
      expect(textsTo(second.phone)).toEqual([]);
      const row = await smsDelivery(first.conversationId);
      expect(row?.delivery).toMatchObject({ status: "failed", reason: "insufficient_balance" });
      expect(row?.delivery?.lastError).toMatch(/SMS wallet has \$0\.00/);
      const told = await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, demo.ids.ada), eq(notifications.type, walletNotices.empty.type)));
      expect(told).toHaveLength(1);
    } finally {
      await db
        .update(smsWallets)
        .set({ balanceMinor: kept })
        .where(eq(smsWallets.workspaceId, demo.workspaceId));
    }
  });
});
