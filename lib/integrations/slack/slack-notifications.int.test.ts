// Slack notifications through the real pipeline and the real @slack/web-api against the Slack sandbox:
// domain write → outbox → the Slack adapter → the sandbox's channels, DMs and threads (SK1–SK6, SK10).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setAccountOwners } from "@/db/queries/account-people";
import { setAccountBasedRouting } from "@/db/queries/account-source-settings";
import { createAccount } from "@/db/queries/accounts";
import { findMember } from "@/db/queries/members";
import { setRoutingGroupMembers } from "@/db/queries/routing-groups";
import { findSlackIntegration, setGroupSlackChannel, setSlackGlobalChannel } from "@/db/queries/slack";
import { conversations, memberships, routingGroups, visitors } from "@/db/schema";
import { channelRegistry } from "@/lib/channels";
import { slackAdapter } from "@/lib/channels/slack";
import { replyAsAgent } from "@/lib/chat/agent-actions";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { dispatchNow } from "@/lib/notifications/delivery/dispatch";
import { newConversation } from "@/lib/notifications/testing/new-conversation";
import { outboxOf } from "@/lib/notifications/testing/outbox-rows";
import { withDemoWorkspace } from "@/test/demo";
import { connectSlackWithToken } from "./connect";
import { mirrorToSlackThreads } from "./mirror";
import { type SlackSandbox, startSlackSandbox } from "./sandbox/server";

const demo = withDemoWorkspace();
let sandbox: SlackSandbox;
let salesId: string;

beforeAll(async () => {
  sandbox = await startSlackSandbox();
  const connected = await connectSlackWithToken(
    demo.conn.db,
    demo.workspaceId,
    { botToken: sandbox.workspace.botToken, signingSecret: sandbox.workspace.signingSecret },
    { apiUrl: sandbox.url },
  );
  expect(connected).toEqual({ ok: true, teamName: "Acme (Slack sandbox)", mapped: 5 });
  const [sales] = await demo.conn.db.select().from(routingGroups).where(eq(routingGroups.name, "Sales"));
  salesId = sales.id;
});
afterAll(() => sandbox.close());

beforeEach(async () => {
  const { db } = demo.conn;
  const { botToken, signingSecret } = sandbox.workspace;
  await connectSlackWithToken(db, demo.workspaceId, { botToken, signingSecret }, { apiUrl: sandbox.url });
  await setSlackGlobalChannel(db, demo.workspaceId, null);
  await setGroupSlackChannel(db, demo.workspaceId, salesId, "C0SALES");
  await setRoutingGroupMembers(db, demo.workspaceId, salesId, [
    demo.ids.nadia,
    demo.ids.luca,
    demo.ids.matteo,
  ]);
  await db
    .update(memberships)
    .set({ status: "available", dndUntil: null })
    .where(eq(memberships.workspaceId, demo.workspaceId));
  sandbox.workspace.messages.length = 0;
});

// A visitor's first message, every due delivery sent with the real Slack adapter against the sandbox.
async function newConversationSent() {
  const c = await newConversation(demo.conn, demo.workspaceId);
  const registry = channelRegistry({
    publish: async () => ({ ok: true }),
    overrides: {
      slack_channel: slackAdapter({ apiUrl: sandbox.url }),
      slack_dm: slackAdapter({ apiUrl: sandbox.url }),
    },
  });
  await dispatchNow(demo.conn.db, c.notifications.dueDeliveryIds, { registry });
  const outbox = await outboxOf(demo.conn.db, c.eventId);
  const slack = outbox.deliveries.filter((d) => d.channel.startsWith("slack"));
  return { ...c, slack };
}

const postsIn = (channel: string) => sandbox.workspace.messages.filter((m) => m.channel === channel);

describe("Slack notifications through the pipeline", () => {
  it("SK1: a group's channel gets the post, @mentioning its mapped members; the post is the thread root", async () => {
    const c = await newConversationSent();
    expect(c.slack.map((d) => [d.channel, d.status])).toEqual([["slack_channel", "delivered"]]);
    const [post] = postsIn("C0SALES");
    expect(post.text).toContain("<@U0NADIA>");
    expect(post.text).toContain("<@U0LUCA>");
    expect(post.text).toContain("<@U0MATTEO>");
    expect(post.blocks?.length).toBeGreaterThan(1);
    const [row] = await demo.conn.db
      .select()
      .from(conversations)
      .where(eq(conversations.id, c.conversationId));
    expect(row).toMatchObject({ slackChannelId: "C0SALES", slackThreadTs: post.ts });
  });

  it("SK9: the thread root carries a Close button naming the conversation (it asks for the qualification)", async () => {
    const c = await newConversationSent();
    const [post] = postsIn("C0SALES");
    expect(post.blocks).toContainEqual({
      type: "actions",
      elements: [expect.objectContaining({ action_id: "close_conversation", value: c.conversationId })],
    });
  });

  it("SK2: all members but one in DND → the available one gets a DM instead of the channel post", async () => {
    const later = new Date(Date.now() + 3_600_000);
    for (const id of [demo.ids.luca, demo.ids.matteo]) {
      await demo.conn.db
        .update(memberships)
        .set({ status: "dnd", dndUntil: later })
        .where(eq(memberships.userId, id));
    }
    const c = await newConversationSent();
    expect(c.slack.map((d) => [d.channel, d.status])).toEqual([["slack_dm", "delivered"]]);
    expect(postsIn("C0SALES")).toEqual([]);
    expect(postsIn("D0NADIA")).toHaveLength(1);
  });

  it("SK3: a group with a single member → a DM to that member instead of the channel", async () => {
    await setRoutingGroupMembers(demo.conn.db, demo.workspaceId, salesId, [demo.ids.matteo]);
    const c = await newConversationSent();
    expect(c.slack.map((d) => [d.channel, d.status])).toEqual([["slack_dm", "delivered"]]);
    expect(postsIn("D0MATTEO")).toHaveLength(1);
  });

  it("SK5: the global channel ON → every Slack notification goes there instead", async () => {
    await setSlackGlobalChannel(demo.conn.db, demo.workspaceId, "C0LEADS");
    const c = await newConversationSent();
    expect(c.slack.map((d) => [d.channel, d.status])).toEqual([["slack_channel", "delivered"]]);
    expect(postsIn("C0LEADS")).toHaveLength(1);
    expect(postsIn("C0SALES")).toEqual([]);
  });

  it("SK10: a channel the app is not in → the delivery fails with Slack's reason and the channel is flagged", async () => {
    await setGroupSlackChannel(demo.conn.db, demo.workspaceId, salesId, "G0PRIVATE");
    const c = await newConversationSent();
    expect(c.slack[0]).toMatchObject({ status: "failed", lastError: "Slack channel_not_found" });
    const integration = await findSlackIntegration(demo.conn.db, demo.workspaceId);
    expect(integration?.flaggedChannels).toEqual(["G0PRIVATE: channel_not_found"]);
  });

  it("SK10: a revoked token → the integration shows Disconnected and Slack routes nothing more", async () => {
    sandbox.failNext("chat.postMessage", "token_revoked");
    const c = await newConversationSent();
    expect(c.slack[0]).toMatchObject({ status: "failed", lastError: "Slack token_revoked" });
    const integration = await findSlackIntegration(demo.conn.db, demo.workspaceId);
    expect(integration).toMatchObject({ status: "disconnected", statusReason: "token_revoked" });
    const after = await newConversationSent();
    expect(after.slack).toEqual([]);
  });
});

describe("account owners", () => {
  it("SK4: a known visitor of a target account starting a conversation → the account owner gets a DM", async () => {
    const { db } = demo.conn;
    const account = await createAccount(db, demo.workspaceId, {
      name: "Slackville Labs",
      domains: ["slackville.test"],
      target: true,
    });
    await setAccountOwners(db, demo.workspaceId, account.id, [demo.ids.sam]);
    await setAccountBasedRouting(db, demo.workspaceId, true);
    const [jane] = await db
      .insert(visitors)
      .values({ workspaceId: demo.workspaceId, email: `jane@${account.domains[0]}`, name: "Jane Cooper" })
      .returning();
    const c = await postVisitorMessage(db, {
      workspaceId: demo.workspaceId,
      visitorId: jane.id,
      body: "Pricing?",
    });
    const registry = channelRegistry({
      publish: async () => ({ ok: true }),
      overrides: {
        slack_channel: slackAdapter({ apiUrl: sandbox.url }),
        slack_dm: slackAdapter({ apiUrl: sandbox.url }),
      },
    });
    await dispatchNow(db, c.notifications.dueDeliveryIds, { registry });
    const outbox = await outboxOf(db, `conversation.created:${c.conversationId}`);
    const dm = outbox.deliveries.find((d) => d.channel === "slack_dm");
    expect(dm).toMatchObject({
      status: "delivered",
      decision: { rule: "SK4", recipientUserId: demo.ids.sam },
    });
    expect(postsIn("D0SAM")).toHaveLength(1);
    expect(postsIn("D0SAM")[0].text).toContain("Jane Cooper");
  });
});

describe("rate limits", () => {
  it("SK10: ratelimited (HTTP 429, Retry-After) → the delivery is retried later, not failed", async () => {
    sandbox.failNext("chat.postMessage", "ratelimited", 2);
    const c = await newConversationSent();
    expect(c.slack[0]).toMatchObject({ status: "pending", attempts: 1, lastError: "Slack ratelimited" });
    expect(c.slack[0].nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("one thread per conversation", () => {
  it("SK6: later messages from the widget and the app go into the thread with their author; Slack's own are not echoed", async () => {
    const c = await newConversationSent();
    const [root] = postsIn("C0SALES");
    const { db } = demo.conn;
    const mirror = (r: Parameters<typeof mirrorToSlackThreads>[1]) =>
      mirrorToSlackThreads(db, r, { apiUrl: sandbox.url });
    const visitor = await postVisitorMessage(db, {
      workspaceId: demo.workspaceId,
      visitorId: c.visitorId,
      body: "Still there?",
    });
    expect(await mirror([visitor.notifications])).toEqual([]);
    const nadia = await findMember(db, demo.workspaceId, demo.ids.nadia);
    if (!nadia) throw new Error("Nadia is a demo member");
    const fromApp = await replyAsAgent(db, nadia, c.conversationId, "Yes, how can I help?");
    const fromSlack = await replyAsAgent(db, nadia, c.conversationId, "typed in Slack", "slack");
    await mirror([fromApp.notifications, fromSlack.notifications]);
    const thread = sandbox.workspace.messages.filter((m) => m.threadTs === root.ts).map((m) => m.text);
    expect(thread).toHaveLength(2);
    expect(thread[0]).toMatch(/^\*Visitor \w+ \(widget\)\*: Still there\?$/);
    expect(thread[1]).toBe("*Nadia Agent (web)*: Yes, how can I help?");
  });
});
