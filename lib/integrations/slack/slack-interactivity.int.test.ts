// Slack interactivity (SK8 shortcuts, SK9 lead qualification) through the real routes and domain functions and the
// real @slack/web-api against the Slack sandbox, which signs its payloads and answers views.open as Slack does.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as interactivityRoute } from "@/app/api/webhooks/slack/interactivity/route";
import { POST as contactAnswer } from "@/app/api/widget/contact-answer/route";
import { listInbox } from "@/db/queries/inbox";
import { findMember } from "@/db/queries/members";
import { setConversationSlackThread } from "@/db/queries/slack";
import { updateProfile } from "@/db/queries/users";
import { conversations, visitors } from "@/db/schema";
import { DEMO_PUBLIC_KEY } from "@/db/seed";
import { setConversationStatus } from "@/lib/chat/agent-actions";
import { newConversation } from "@/lib/notifications/testing/new-conversation";
import { signVisitorToken } from "@/lib/widget/visitor-token";
import { widgetWorkspace } from "@/lib/widget/workspace-cache";
import { useAsAppDb } from "@/test/app-db";
import { withDemoWorkspace } from "@/test/demo";
import { connectSlackWithToken } from "./connect";
import { receiveSlackInteraction } from "./interactivity/receive";
import {
  buttonPressRequest,
  messageShortcutRequest,
  TRIGGER_LIFETIME_MS,
  viewSubmissionRequest,
} from "./sandbox/interactions";
import { type SlackSandbox, startSlackSandbox } from "./sandbox/server";
import { agentMessagesOf, asReceived, sandboxOptions } from "./testing";

let sandbox: SlackSandbox;
const options = () => sandboxOptions(sandbox.url);
// Before the app reads its environment: the widget route's own effects (SK6 mirror) reach the sandbox too.
beforeAll(async () => {
  sandbox = await startSlackSandbox();
  process.env.SLACK_API_URL = sandbox.url;
});
const demo = withDemoWorkspace();

beforeAll(async () => {
  const { botToken, signingSecret } = sandbox.workspace;
  await connectSlackWithToken(
    demo.conn.db,
    demo.workspaceId,
    { botToken, signingSecret },
    { apiUrl: sandbox.url },
  );
  useAsAppDb(demo.conn);
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await updateProfile(demo.conn.db, demo.ids.nadia, {
    name: "Nadia Agent",
    timeZone: "UTC",
    bookingUrl: "https://cal.example/nadia",
  });
});

// A conversation whose Slack thread is rooted at a post of the app in #sales, as the Slack adapter leaves it.
async function threadedConversation() {
  const c = await newConversation(demo.conn, demo.workspaceId);
  const root = await (
    await fetch(`${sandbox.url}chat.postMessage`, {
      method: "POST",
      headers: { authorization: `Bearer ${sandbox.workspace.botToken}`, "content-type": "application/json" },
      body: JSON.stringify({ channel: "C0SALES", text: "New chat from a visitor: Hello" }),
    })
  ).json();
  await setConversationSlackThread(demo.conn.db, demo.workspaceId, c.conversationId, "C0SALES", root.ts);
  return { ...c, threadTs: root.ts as string };
}

async function deliver(request: { rawBody: string; headers: Record<string, string> }, now = new Date()) {
  const answer = await receiveSlackInteraction(demo.conn.db, asReceived(request, now), options());
  await answer.work?.();
  return answer;
}
const agentMessages = (conversationId: string) => agentMessagesOf(demo.conn.db, conversationId);
const threadLines = (threadTs: string) =>
  sandbox.workspace.messages.filter((m) => m.threadTs === threadTs && !m.ephemeralTo).map((m) => m.text);
const ephemeralTo = (user: string, threadTs: string) =>
  sandbox.workspace.messages
    .filter((m) => m.ephemeralTo === user && m.threadTs === threadTs)
    .map((m) => m.text);
const shortcut = (user: string, threadTs: string, callbackId: string) =>
  messageShortcutRequest(sandbox.workspace, { user, channel: "C0SALES", messageTs: threadTs, callbackId });
const widgetCall = async (visitorId: string, body: object) => {
  const workspace = await widgetWorkspace(demo.conn.db, DEMO_PUBLIC_KEY);
  if (!workspace) throw new Error("no demo workspace");
  return contactAnswer(
    new Request("http://localhost/api/widget/contact-answer", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${signVisitorToken(workspace, visitorId)}`,
      },
      body: JSON.stringify({ key: DEMO_PUBLIC_KEY, ...body }),
    }),
  );
};
const conversationRow = async (id: string) =>
  (await demo.conn.db.select().from(conversations).where(eq(conversations.id, id)))[0];

describe("Slack shortcuts (SK8)", () => {
  it("SK8: Book meeting sends the agent's booking link to the visitor as a card, and the thread says so", async () => {
    const c = await threadedConversation();
    const answer = await deliver(shortcut("U0NADIA", c.threadTs, "book_meeting"));
    expect(answer).toMatchObject({ status: 200, body: "" });
    const [card] = await agentMessages(c.conversationId);
    expect(card).toMatchObject({
      kind: "booking_link",
      body: "https://cal.example/nadia",
      authorUserId: demo.ids.nadia,
      channel: "slack",
    });
    expect(threadLines(c.threadTs)).toContain(
      "*Nadia Agent* sent their booking link to the visitor: https://cal.example/nadia",
    );
  });

  it("SK8: Book meeting without a booking link tells the agent to set it in Profile, and sends nothing", async () => {
    const c = await threadedConversation();
    await updateProfile(demo.conn.db, demo.ids.nadia, {
      name: "Nadia Agent",
      timeZone: "UTC",
      bookingUrl: null,
    });
    await deliver(shortcut("U0NADIA", c.threadTs, "book_meeting"));
    expect(await agentMessages(c.conversationId)).toEqual([]);
    expect(ephemeralTo("U0NADIA", c.threadTs).join()).toContain("Settings → Profile");
  });

  it("SK8: Collect information shows the visitor a form; their answer identifies them (unverified) and reaches the thread", async () => {
    const c = await threadedConversation();
    // run on a reply inside the thread, not on the root: the thread is found by the message's thread_ts
    sandbox.workspace.messages.push({
      channel: "C0SALES",
      ts: "1800000000.000001",
      threadTs: c.threadTs,
      user: "U0LUCA",
      text: "hi",
    });
    await deliver(
      messageShortcutRequest(sandbox.workspace, {
        user: "U0LUCA",
        channel: "C0SALES",
        messageTs: "1800000000.000001",
        callbackId: "collect_information",
      }),
    );
    const [form] = await agentMessages(c.conversationId);
    expect(form).toMatchObject({ kind: "contact_request", authorUserId: demo.ids.luca });
    expect(threadLines(c.threadTs).join()).toContain("asked the visitor for their email or phone");

    // The visitor answers in the widget, through the real route.
    const answered = await widgetCall(c.visitorId, { email: "Jane@Example.com", phone: "+39 333 1234567" });
    expect(answered.status).toBe(201);
    const [visitor] = await demo.conn.db.select().from(visitors).where(eq(visitors.id, c.visitorId));
    expect(visitor).toMatchObject({
      email: null, // typed, not signed: never the verified identity
      unverifiedEmail: "jane@example.com",
      unverifiedPhone: "+39 333 1234567",
    });
    const { message } = await answered.json();
    expect(message).toMatchObject({
      kind: "contact_answer",
      body: "Email: jane@example.com\nPhone: +39 333 1234567",
    });
    // SK6: the route's effects mirror the visitor's answer into the thread, as after any visitor message.
    expect(threadLines(c.threadTs).at(-1)).toContain("Email: jane@example.com");
  });

  it("SK8: an unmapped Slack user's shortcut gets an ephemeral and nothing happens", async () => {
    const c = await threadedConversation();
    await deliver(shortcut("U0OLIVIA", c.threadTs, "book_meeting"));
    await deliver(shortcut("U0OLIVIA", c.threadTs, "collect_information"));
    expect(await agentMessages(c.conversationId)).toEqual([]);
    expect(ephemeralTo("U0OLIVIA", c.threadTs)).toHaveLength(2);
    expect(ephemeralTo("U0OLIVIA", c.threadTs)[0]).toContain("not linked to a Herald teammate");
  });

  it("SK8: the widget refuses a contact answer nobody asked for (409 naming the conversation)", async () => {
    const c = await newConversation(demo.conn, demo.workspaceId);
    const answer = await widgetCall(c.visitorId, { email: "x@example.com" });
    expect(answer.status).toBe(409);
    expect((await answer.json()).error.fields).toHaveProperty("conversation");
  });
});

describe("lead qualification (SK9)", () => {
  const pressClose = (user: string, c: { conversationId: string; threadTs: string }, now?: number) =>
    buttonPressRequest(
      sandbox.workspace,
      {
        user,
        channel: "C0SALES",
        messageTs: c.threadTs,
        actionId: "close_conversation",
        value: c.conversationId,
      },
      now,
    );
  const openViewFor = (conversationId: string) =>
    sandbox.workspace.views.findLast((v) => v.open && v.view.private_metadata === conversationId);
  const submit = (viewId: string, value: string | null) =>
    viewSubmissionRequest(sandbox.workspace, {
      viewId,
      choices: { qualification: { actionId: "choice", value } },
    });

  it("SK9: Close in the thread opens the qualification modal in time; submitting closes with the answer, changeable later", async () => {
    const c = await threadedConversation();
    expect(await deliver(pressClose("U0MATTEO", c))).toMatchObject({ status: 200 });
    const view = openViewFor(c.conversationId);
    expect(view?.view.callback_id).toBe("lead_qualification");
    expect(await deliver(submit(view?.id ?? "", "qualified"))).toMatchObject({ status: 200, body: "" });
    expect(await conversationRow(c.conversationId)).toMatchObject({
      status: "closed",
      qualification: "qualified",
      qualifiedById: demo.ids.matteo,
    });
    expect(threadLines(c.threadTs)).toContain("*Matteo Agent* closed the conversation: Qualified.");
    // Pressed again later: the modal shows the answer and a new one replaces it.
    await deliver(pressClose("U0MATTEO", c));
    const again = openViewFor(c.conversationId);
    expect(JSON.stringify(again?.view)).toContain('"initial_option"');
    await deliver(submit(again?.id ?? "", "existing_customer"));
    expect((await conversationRow(c.conversationId)).qualification).toBe("existing_customer");
  });

  it("SK9: skipping the qualification closes the conversation unqualified", async () => {
    const c = await threadedConversation();
    await deliver(pressClose("U0NADIA", c));
    await deliver(submit(openViewFor(c.conversationId)?.id ?? "", null));
    expect(await conversationRow(c.conversationId)).toMatchObject({ status: "closed", qualification: null });
  });

  it("SK9: a trigger_id older than 3 s cannot open the modal: the agent is told to press Close again", async () => {
    const c = await threadedConversation();
    await deliver(pressClose("U0NADIA", c, Date.now() - TRIGGER_LIFETIME_MS - 1000));
    expect(openViewFor(c.conversationId)).toBeUndefined();
    expect(ephemeralTo("U0NADIA", c.threadTs).join()).toContain("expired_trigger_id");
    expect((await conversationRow(c.conversationId)).status).toBe("open");
  });

  it("SK9: an unmapped Slack user's Close opens nothing and closes nothing", async () => {
    const c = await threadedConversation();
    await deliver(pressClose("U0OLIVIA", c));
    expect(openViewFor(c.conversationId)).toBeUndefined();
    expect(ephemeralTo("U0OLIVIA", c.threadTs).join()).toContain("not linked to a Herald teammate");
    expect((await conversationRow(c.conversationId)).status).toBe("open");
  });

  it("SK9: closing in the app stores the qualification; the inbox filters by it", async () => {
    const c = await newConversation(demo.conn, demo.workspaceId);
    const nadia = await findMember(demo.conn.db, demo.workspaceId, demo.ids.nadia);
    if (!nadia) throw new Error("no Nadia");
    await setConversationStatus(demo.conn.db, nadia, c.conversationId, "closed", new Date(), "spam");
    const inbox = (qualification: "spam" | "unqualified") =>
      listInbox(demo.conn.db, {
        workspaceId: demo.workspaceId,
        userId: demo.ids.nadia,
        view: "all",
        status: "closed",
        qualification,
      });
    expect((await inbox("spam")).map((r) => r.id)).toContain(c.conversationId);
    expect((await inbox("unqualified")).map((r) => r.id)).not.toContain(c.conversationId);
  });
});

describe("the interactivity endpoint", () => {
  const routeCall = (request: { rawBody: string; headers: Record<string, string> }) =>
    interactivityRoute(
      new Request("http://localhost/api/webhooks/slack/interactivity", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...request.headers },
        body: request.rawBody,
      }),
    );

  it("SK8: a bad or stale signature is refused (401) and changes nothing", async () => {
    const c = await threadedConversation();
    const request = shortcut("U0NADIA", c.threadTs, "book_meeting");
    const forged = await routeCall({
      ...request,
      headers: { ...request.headers, "x-slack-signature": `v0=${"0".repeat(64)}` },
    });
    expect(forged.status).toBe(401);
    expect(await forged.text()).toBe("x-slack-signature: mismatch");
    const stale = await deliver(request, new Date(Date.now() + 6 * 60_000));
    expect(stale).toMatchObject({ status: 401, body: "x-slack-signature: stale" });
    expect(await agentMessages(c.conversationId)).toEqual([]);
  });

  it("SK8: a replayed payload (same trigger_id) is acted on once", async () => {
    const c = await threadedConversation();
    const request = shortcut("U0NADIA", c.threadTs, "book_meeting");
    await deliver(request);
    await deliver(request);
    expect(await agentMessages(c.conversationId)).toHaveLength(1);
  });

  it("SK8: a body without a valid payload is a 400 naming the field", async () => {
    const missing = await routeCall({ rawBody: "text=hello", headers: {} });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(/^payload: missing/);
    const rawBody = new URLSearchParams({
      payload: JSON.stringify({ type: "message_action", team: { id: "T0ACME" }, trigger_id: "1" }),
    }).toString();
    const incomplete = await routeCall({ rawBody, headers: {} });
    expect(incomplete.status).toBe(400);
    expect(await incomplete.text()).toMatch(/^payload\.callback_id/);
  });
});
