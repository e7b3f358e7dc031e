// Visitor follow-ups through the real pipeline: presence write → visitor.went_offline in the outbox → the email
// through the real `resend` SDK to the sandbox mailbox → a reply by email back in the conversation, and the
// delivery receipts (FU1, FU2, FU4, FU6, FU8, FU9, X3).
import { and, eq } from "drizzle-orm";
import { Resend } from "resend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as POSTContact } from "@/app/api/widget/contact/route";
import { saveFollowUpSettings } from "@/db/queries/follow-ups";
import { findMember } from "@/db/queries/members";
import { findWorkspace } from "@/db/queries/workspaces";
import { decisions, deliveries, messages, visitorEmailStatus, visitors } from "@/db/schema";
import { emailAdapter } from "@/lib/channels/email";
import { replyAsAgent, startChatWithVisitor } from "@/lib/chat/agent-actions";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import type { Effects } from "@/lib/effects/effects";
import { resendSender } from "@/lib/integrations/resend/client";
import { type ResendSandbox, startResendSandbox } from "@/lib/integrations/resend/sandbox";
import { generateWebhookSecret, signWebhook } from "@/lib/integrations/resend/webhook-signature";
import { sendAfterCommit } from "@/lib/notifications/delivery/after-commit";
import { recordingRegistry } from "@/lib/notifications/testing/pipeline-fakes";
import { signVisitorToken } from "@/lib/widget/visitor-token";
import { recordPageView, recordPresenceReport } from "@/lib/widget/visits";
import { useAsAppDb } from "@/test/app-db";
import { withDemoWorkspace } from "@/test/demo";
import { hostedChatHtml } from "./hosted-chat";
import { handleResendWebhook } from "./resend-webhook";

const demo = withDemoWorkspace();
const secret = generateWebhookSecret();
const logged: string[] = [];
let sandbox: ResendSandbox;
let resend: Resend;
let clock = Date.now() - 6 * 3_600_000; // a minute per step, in the past: every step is due when sent
const tick = (ms = 60_000) => {
  clock += ms;
  return new Date(clock);
};

const webhook = async (headers: Record<string, string>, body: string) => {
  const outcome = await handleResendWebhook(demo.conn.db, new Headers(headers), body, {
    secret,
    resend,
    log: (m) => logged.push(m),
  });
  return outcome.status;
};

beforeAll(async () => {
  sandbox = await startResendSandbox({
    webhookUrl: () => "",
    webhookSecret: secret,
    deliverWebhook: webhook,
  });
  resend = new Resend("re_sandbox", { baseUrl: sandbox.url });
});
afterAll(() => sandbox?.close());

// Sends what an effect recorded, with the email channel going through the real SDK to the sandbox.
async function send(effects: Effects) {
  const { registry } = recordingRegistry();
  registry.email = emailAdapter(resendSender(resend, "Herald <herald@localhost>"));
  await sendAfterCommit(demo.conn.db, [effects.notifications ?? null].flat(), registry);
}

async function newVisitor(email: string | null) {
  const { conn, workspaceId } = demo;
  const [v] = await conn.db.insert(visitors).values({ workspaceId, unverifiedEmail: email }).returning();
  const ref = { workspaceId, visitorId: v.id };
  await recordPageView(conn.db, ref, { url: "http://localhost/demo/pricing" }, tick());
  return ref;
}

async function nadia() {
  const member = await findMember(demo.conn.db, demo.workspaceId, demo.ids.nadia);
  if (!member) throw new Error("nadia missing");
  return member;
}

// A visitor asks, Nadia answers, the visitor hides the page: the follow-up as the pipeline plans and sends it.
async function leaveWithUnreadReply(email: string | null = "ana@example.test") {
  const visitor = await newVisitor(email);
  const asked = await postVisitorMessage(
    demo.conn.db,
    { ...visitor, body: "Do you ship to Norway?" },
    tick(),
  );
  await replyAsAgent(demo.conn.db, await nadia(), asked.conversationId, "Yes, in 3 days.");
  const hidden = await recordPresenceReport(demo.conn.db, visitor, { hidden: true, idle: false }, tick());
  await send(hidden);
  return { visitor, conversationId: asked.conversationId, hidden };
}

const followUpDecisions = (conversationId: string) =>
  demo.conn.db
    .select({
      rule: decisions.rule,
      channel: decisions.channel,
      outcome: decisions.outcome,
      reason: decisions.reason,
    })
    .from(decisions)
    .where(and(eq(decisions.conversationId, conversationId), eq(decisions.recipientKind, "visitor")));

const emailTo = (address: string) => sandbox.sent.filter((e) => e.to.includes(address));

describe("the trigger (FU1, FU2)", () => {
  it("FU1: going offline with an agent message unread records visitor.went_offline and follows up by email", async () => {
    const { conversationId, hidden } = await leaveWithUnreadReply("fu1@example.test");
    expect(hidden.notifications).not.toBeNull();
    expect(await followUpDecisions(conversationId)).toContainEqual({
      rule: "FU4",
      channel: "email",
      outcome: "send",
      reason: "sent",
    });
    expect(emailTo("fu1@example.test")).toHaveLength(1);
  });

  it("FU1: once per unread message: offline again without a new reply sends nothing more", async () => {
    const { visitor, conversationId } = await leaveWithUnreadReply("fu1-once@example.test");
    await recordPresenceReport(demo.conn.db, visitor, { hidden: false, idle: false }, tick());
    await send(await recordPresenceReport(demo.conn.db, visitor, { hidden: true, idle: false }, tick()));
    expect(emailTo("fu1-once@example.test")).toHaveLength(1);
    expect(await followUpDecisions(conversationId)).toContainEqual(
      expect.objectContaining({ rule: "FU1", channel: "email", reason: "already_notified" }),
    );
  });

  it("FU1: a visitor with no conversation open is not followed up (no event)", async () => {
    const visitor = await newVisitor("nobody@example.test");
    const hidden = await recordPresenceReport(demo.conn.db, visitor, { hidden: true, idle: false }, tick());
    expect(hidden.notifications).toBeNull();
  });

  it("FU2: an agent-initiated conversation the visitor never answered is not followed up", async () => {
    const visitor = await newVisitor("fu2@example.test");
    const started = await startChatWithVisitor(
      demo.conn.db,
      await nadia(),
      visitor.visitorId,
      "Need a hand?",
    );
    await send(await recordPresenceReport(demo.conn.db, visitor, { hidden: true, idle: false }, tick()));
    const conversationId = started.conversationId;
    expect(await followUpDecisions(conversationId)).toContainEqual({
      rule: "FU2",
      channel: "email",
      outcome: "suppress",
      reason: "agent_initiated_no_reply",
    });
    expect(emailTo("fu2@example.test")).toHaveLength(0);
  });

  it("FU4: email off in Follow-up settings, or no email given: not sent, with the reason", async () => {
    const none = await leaveWithUnreadReply(null);
    expect(await followUpDecisions(none.conversationId)).toContainEqual(
      expect.objectContaining({ rule: "FU4", channel: "email", reason: "no_contact" }),
    );
    await saveFollowUpSettings(demo.conn.db, demo.workspaceId, { email: false });
    try {
      const off = await leaveWithUnreadReply("off@example.test");
      expect(await followUpDecisions(off.conversationId)).toContainEqual(
        expect.objectContaining({ rule: "FU4", channel: "email", reason: "workspace_toggle_off" }),
      );
      expect(emailTo("off@example.test")).toHaveLength(0);
    } finally {
      await saveFollowUpSettings(demo.conn.db, demo.workspaceId, { email: true });
    }
  });
});

describe("the email (FU4, FU6)", () => {
  it("FU4: the address a visitor gives in the widget (Get the reply by email) is where the follow-up goes", async () => {
    useAsAppDb(demo.conn);
    const visitor = await newVisitor(null);
    const workspace = await findWorkspace(demo.conn.db, demo.workspaceId);
    if (!workspace) throw new Error("demo workspace missing");
    const res = await POSTContact(
      new Request("http://localhost/api/widget/contact", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${signVisitorToken(workspace, visitor.visitorId)}`,
        },
        body: JSON.stringify({ key: workspace.publicKey, email: "given@example.test" }),
      }),
    );
    expect(res.status).toBe(204);
    const [row] = await demo.conn.db.select().from(visitors).where(eq(visitors.id, visitor.visitorId));
    expect(row).toMatchObject({ unverifiedEmail: "given@example.test", email: null });
    const asked = await postVisitorMessage(demo.conn.db, { ...visitor, body: "Price for 10 seats?" }, tick());
    await replyAsAgent(demo.conn.db, await nadia(), asked.conversationId, "$90 a month.");
    await send(await recordPresenceReport(demo.conn.db, visitor, { hidden: true, idle: false }, tick()));
    expect(emailTo("given@example.test")).toHaveLength(1);
  });

  it("FU6: the unread messages with the agent's name, a link back to the chat, a reply-to unique to the conversation", async () => {
    await leaveWithUnreadReply("fu6-a@example.test");
    await leaveWithUnreadReply("fu6-b@example.test");
    const [a] = emailTo("fu6-a@example.test");
    const [b] = emailTo("fu6-b@example.test");
    expect(a.subject).toMatch(/^Nadia .* replied to your chat with /);
    expect(a.text).toContain("Yes, in 3 days.");
    expect(a.html).toContain("Continue the conversation");
    expect(a.html).toMatch(/\/c\/[0-9a-f-]{36}\.[\w-]+/);
    expect(a.from).toBe("Herald <herald@localhost>");
    expect(a.reply_to[0]).toMatch(/^reply\+[a-z0-9_-]+@reply\.localhost$/);
    expect(b.reply_to[0]).not.toBe(a.reply_to[0]);
    expect(a.reply_to[0]).not.toContain(a.tags.delivery_id);
  });

  it("FU6: the link opens the chat as a full page for that visitor; an altered link opens nothing", async () => {
    const { visitor } = await leaveWithUnreadReply("fu6-link@example.test");
    const [sent] = emailTo("fu6-link@example.test");
    const token = /\/c\/([0-9a-f-]{36}\.[\w-]+)/.exec(sent.html ?? "")?.[1] ?? "";
    const page = await hostedChatHtml(demo.conn.db, token);
    const data = /<script type="application\/json" id="herald-hosted">(.*?)<\/script>/.exec(page ?? "")?.[1];
    const hosted = JSON.parse(data ?? "{}");
    expect(hosted.key).toMatch(/^pk_/);
    expect(hosted.token.startsWith(`${visitor.visitorId}.`)).toBe(true);
    expect(await hostedChatHtml(demo.conn.db, `${token.slice(0, -2)}xx`)).toBeNull();
  });
});

const visitorMessages = (conversationId: string) =>
  demo.conn.db
    .select({ body: messages.body, channel: messages.channel })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.authorType, "visitor")));

describe("replies by email (FU8)", () => {
  it("FU8: a reply lands in the same conversation as a visitor message (origin email), quote and signature stripped", async () => {
    const { conversationId } = await leaveWithUnreadReply("fu8@example.test");
    const [sent] = emailTo("fu8@example.test");
    const reply = "Great, ordering now.\n\n-- \nAna\n\nOn Tue, Nadia wrote:\n> Yes, in 3 days.";
    expect(await sandbox.reply(sent.id, reply, { attachments: 1 })).toBe(200);
    expect(await visitorMessages(conversationId)).toContainEqual({
      body: "Great, ordering now.\n\n(1 attachment not shown)",
      channel: "email",
    });
  });

  it("FU8: a forged signature, an unknown reply token and a replayed svix-id are refused", async () => {
    const { conversationId } = await leaveWithUnreadReply("fu8-refused@example.test");
    const [sent] = emailTo("fu8-refused@example.test");
    const before = (await visitorMessages(conversationId)).length;
    // Forged: signed with another secret.
    const body = JSON.stringify({ type: "email.received", data: { email_id: "x", to: sent.reply_to } });
    expect(await webhook(signWebhook(generateWebhookSecret(), body), body)).toBe(401);
    // Unknown token: a well-formed address that no conversation has.
    const unknown = JSON.stringify({
      type: "email.received",
      data: { email_id: "x", to: ["reply+abcdefghijkl@reply.localhost"] },
    });
    expect(await webhook(signWebhook(secret, unknown), unknown)).toBe(200);
    expect(logged.at(-1)).toContain("unknown reply token");
    // Replayed: the same signed delivery twice posts once.
    let headers: Record<string, string> = {};
    let raw = "";
    const capture = startResendSandbox({
      webhookUrl: () => "",
      webhookSecret: secret,
      deliverWebhook: async (h, b) => {
        headers = h;
        raw = b;
        return 200;
      },
    });
    const recorder = await capture;
    try {
      recorder.sent.push(sent);
      await recorder.reply(sent.id, "Only once, please.");
      for (const [id, email] of recorder.received) sandbox.received.set(id, email);
    } finally {
      await recorder.close();
    }
    expect(await webhook(headers, raw)).toBe(200);
    expect(await webhook(headers, raw)).toBe(200);
    const after = await visitorMessages(conversationId);
    expect(after.filter((m) => m.body === "Only once, please.")).toHaveLength(1);
    expect(after.length).toBe(before + 1);
  });
});

const deliveryOfEmail = async (emailId: string) => {
  const [row] = await demo.conn.db.select().from(deliveries).where(eq(deliveries.providerId, emailId));
  return row;
};

describe("receipts (X3, FU9)", () => {
  it("X3: receipts update the delivery monotonically: a late delivery_delayed after delivered changes nothing", async () => {
    await leaveWithUnreadReply("x3@example.test");
    const [sent] = emailTo("x3@example.test");
    expect(await sandbox.receipt(sent.id, "email.delivered")).toBe(200);
    expect(await sandbox.receipt(sent.id, "email.delivery_delayed")).toBe(200);
    expect(await deliveryOfEmail(sent.id)).toMatchObject({
      status: "delivered",
      providerStatus: "delivered",
    });
  });

  it("X3, FU9: a hard bounce fails the delivery and marks the email undeliverable: no email follow-up again (no_contact)", async () => {
    const { visitor } = await leaveWithUnreadReply("bounce@example.test");
    const [sent] = emailTo("bounce@example.test");
    expect(await sandbox.receipt(sent.id, "email.bounced")).toBe(200);
    expect(await deliveryOfEmail(sent.id)).toMatchObject({
      status: "failed",
      providerStatus: "bounced",
      lastError: "bounced: Mailbox does not exist",
    });
    const [status] = await demo.conn.db
      .select()
      .from(visitorEmailStatus)
      .where(eq(visitorEmailStatus.visitorId, visitor.visitorId));
    expect(status.status).toBe("undeliverable");
    // The conversation goes on; the next follow-up is not emailed.
    const again = await postVisitorMessage(demo.conn.db, { ...visitor, body: "Still there?" }, tick());
    await replyAsAgent(demo.conn.db, await nadia(), again.conversationId, "Yes!");
    await recordPresenceReport(demo.conn.db, visitor, { hidden: false, idle: false }, tick());
    await send(await recordPresenceReport(demo.conn.db, visitor, { hidden: true, idle: false }, tick()));
    expect(emailTo("bounce@example.test")).toHaveLength(1);
    expect(await followUpDecisions(again.conversationId)).toContainEqual(
      expect.objectContaining({ rule: "FU4", channel: "email", reason: "no_contact" }),
    );
  });

  it("X3, FU9: a complaint stops all email to the visitor", async () => {
    const { visitor } = await leaveWithUnreadReply("complaint@example.test");
    const [sent] = emailTo("complaint@example.test");
    expect(await sandbox.receipt(sent.id, "email.complained")).toBe(200);
    expect(await deliveryOfEmail(sent.id)).toMatchObject({ providerStatus: "complained" });
    const [status] = await demo.conn.db
      .select()
      .from(visitorEmailStatus)
      .where(eq(visitorEmailStatus.visitorId, visitor.visitorId));
    expect(status.status).toBe("complained");
  });
});
