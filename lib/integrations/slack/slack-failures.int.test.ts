// Slack's refusals through the real pipeline and @slack/web-api against the sandbox (SK10, SK6, X3): a 429 is
// retried when Slack's Retry-After says, a dead token disconnects the integration and tells the admins once, a
// thread line Slack refused for a passing reason is posted by the sweep later.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setRoutingGroupMembers } from "@/db/queries/routing-groups";
import { findSlackIntegration, setGroupSlackChannel, setSlackGlobalChannel } from "@/db/queries/slack";
import { memberships, notifications, routingGroups } from "@/db/schema";
import { channelRegistry } from "@/lib/channels";
import { slackAdapter } from "@/lib/channels/slack";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { sweepOutbox } from "@/lib/jobs/sweep";
import { dispatchDue, dispatchNow } from "@/lib/notifications/delivery/dispatch";
import { newConversation } from "@/lib/notifications/testing/new-conversation";
import { outboxOf } from "@/lib/notifications/testing/outbox-rows";
import type { Publication } from "@/lib/realtime/publish";
import { withDemoWorkspace } from "@/test/demo";
import { connectSlackWithToken } from "./connect";
import { disconnectDeadSlackToken } from "./dead-token";
import { receiveSlackEvents } from "./events";
import { mirrorToSlackThreads, retryDueSlackMirrors } from "./mirror";
import { type SlackSandbox, startSlackSandbox } from "./sandbox/server";
import { signedSlackHeaders } from "./signature";

const demo = withDemoWorkspace();
let sandbox: SlackSandbox;
const published: Publication[] = [];

beforeAll(async () => {
  sandbox = await startSlackSandbox();
});
afterAll(() => sandbox.close());

beforeEach(async () => {
  const { db } = demo.conn;
  sandbox.workspace.botToken = "xoxb-sandbox-acme";
  const { botToken, signingSecret } = sandbox.workspace;
  await connectSlackWithToken(db, demo.workspaceId, { botToken, signingSecret }, { apiUrl: sandbox.url });
  await setSlackGlobalChannel(db, demo.workspaceId, null);
  const [sales] = await db.select().from(routingGroups).where(eq(routingGroups.name, "Sales"));
  await setGroupSlackChannel(db, demo.workspaceId, sales.id, "C0SALES");
  await setRoutingGroupMembers(db, demo.workspaceId, sales.id, [
    demo.ids.nadia,
    demo.ids.luca,
    demo.ids.matteo,
  ]);
  await db
    .update(memberships)
    .set({ status: "available", dndUntil: null })
    .where(eq(memberships.workspaceId, demo.workspaceId));
  await db.delete(notifications).where(eq(notifications.type, "slack.disconnected"));
  sandbox.workspace.messages.length = 0;
  published.length = 0;
});

const registry = () => {
  const publish = async (p: Publication[]) => {
    published.push(...p);
    return { ok: true };
  };
  const slack = slackAdapter({ apiUrl: sandbox.url, publish });
  return channelRegistry({ publish, overrides: { slack_channel: slack, slack_dm: slack } });
};

const slackDeliveriesOf = async (eventId: string) =>
  (await outboxOf(demo.conn.db, eventId)).deliveries.filter((d) => d.channel.startsWith("slack"));

describe("rate limits", () => {
  it("SK10 finding 'Retry-After ignored': a 429 with Retry-After: 120 is retried 120 s later, not on the 5 s backoff", async () => {
    const now = new Date();
    const c = await newConversation(demo.conn, demo.workspaceId, now);
    sandbox.failNext("chat.postMessage", "ratelimited", 120);

    await dispatchNow(demo.conn.db, c.notifications.dueDeliveryIds, { registry: registry(), now });

    const [slack] = await slackDeliveriesOf(c.eventId);
    expect(slack).toMatchObject({ status: "pending", attempts: 1, lastError: "Slack ratelimited" });
    expect(slack.nextAttemptAt.getTime()).toBe(now.getTime() + 120_000);

    // Not sooner: a sweep 60 s later leaves it waiting; at 120 s it is posted.
    await dispatchDue(demo.conn.db, { registry: registry(), now: new Date(now.getTime() + 60_000) });
    expect((await slackDeliveriesOf(c.eventId))[0].status).toBe("pending");
    await dispatchDue(demo.conn.db, { registry: registry(), now: new Date(now.getTime() + 120_000) });
    expect((await slackDeliveriesOf(c.eventId))[0]).toMatchObject({ status: "delivered", attempts: 2 });
    expect(sandbox.workspace.messages.filter((m) => m.channel === "C0SALES")).toHaveLength(1);
  });
});

describe("a dead token", () => {
  it("SK10: a revoked token → Disconnected, and each admin gets one in-app notification, not one per failed delivery", async () => {
    const { db } = demo.conn;
    const first = await newConversation(demo.conn, demo.workspaceId);
    const second = await newConversation(demo.conn, demo.workspaceId);
    sandbox.workspace.botToken = "xoxb-rotated-elsewhere"; // Herald's token is no longer Slack's: invalid_auth

    await dispatchNow(db, [...first.notifications.dueDeliveryIds, ...second.notifications.dueDeliveryIds], {
      registry: registry(),
    });

    const failed = [
      ...(await slackDeliveriesOf(first.eventId)),
      ...(await slackDeliveriesOf(second.eventId)),
    ];
    // Whichever is sent first learns the token is dead; the other finds Slack disconnected and does not try.
    expect(failed.map((d) => [d.status, d.lastError]).sort()).toEqual([
      ["failed", "Slack invalid_auth"],
      ["failed", "Slack is not connected"],
    ]);
    // A sender that had opened the connection before (another worker) learns it too: nobody is told twice.
    await disconnectDeadSlackToken(db, demo.workspaceId, "token_revoked", async () => ({ ok: true }));
    expect(await findSlackIntegration(db, demo.workspaceId)).toMatchObject({
      status: "disconnected",
      statusReason: "invalid_auth",
    });
    const told = await db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.workspaceId, demo.workspaceId), eq(notifications.type, "slack.disconnected")),
      );
    expect(told.map((n) => [n.userId, n.title])).toEqual([[demo.ids.ada, "Slack is disconnected"]]);
    expect(told[0].body).toContain("invalid_auth");
    const toasts = published.filter(
      (p) => p.event === "notification.created" && p.channel.includes(demo.ids.ada),
    );
    expect(
      toasts.filter((p) => (p.data as { title: string }).title === "Slack is disconnected"),
    ).toHaveLength(1);
  });
});

describe("thread mirroring", () => {
  it("SK6 finding 'thread mirror not retried': a line Slack refuses with a 429 is posted by the sweep when Retry-After says", async () => {
    const { db } = demo.conn;
    const now = new Date();
    const c = await newConversation(demo.conn, demo.workspaceId, now);
    await dispatchNow(db, c.notifications.dueDeliveryIds, { registry: registry(), now });
    const [root] = sandbox.workspace.messages.filter((m) => m.channel === "C0SALES");
    const thread = () => sandbox.workspace.messages.filter((m) => m.threadTs === root.ts).map((m) => m.text);
    const visitor = await postVisitorMessage(db, {
      workspaceId: demo.workspaceId,
      visitorId: c.visitorId,
      body: "Still there?",
    });
    sandbox.failNext("chat.postMessage", "ratelimited", 30);

    const failures = await mirrorToSlackThreads(db, [visitor.notifications], { apiUrl: sandbox.url }, now);

    expect(failures).toEqual([`${visitor.notifications.eventId}: Slack ratelimited`]);
    expect(thread()).toEqual([]);
    const sweepAt = (ms: number) =>
      sweepOutbox(db, registry(), {
        retrySlackMirrors: (d) =>
          retryDueSlackMirrors(d, { apiUrl: sandbox.url, now: new Date(now.getTime() + ms) }),
      });
    await sweepAt(10_000); // not yet: Slack said 30 s
    expect(thread()).toEqual([]);
    await sweepAt(30_000);
    expect(thread()).toHaveLength(1);
    expect(thread()[0]).toMatch(/: Still there\?$/);
    await sweepAt(120_000); // posted once, not again
    expect(thread()).toHaveLength(1);
  });

  it("SK6: a line Slack refuses for good (an archived channel) is not retried", async () => {
    const { db } = demo.conn;
    const now = new Date();
    const c = await newConversation(demo.conn, demo.workspaceId, now);
    await dispatchNow(db, c.notifications.dueDeliveryIds, { registry: registry(), now });
    const visitor = await postVisitorMessage(db, {
      workspaceId: demo.workspaceId,
      visitorId: c.visitorId,
      body: "Hello again",
    });
    sandbox.failNext("chat.postMessage", "is_archived");
    expect(
      await mirrorToSlackThreads(db, [visitor.notifications], { apiUrl: sandbox.url }, now),
    ).toHaveLength(1);
    const later = await retryDueSlackMirrors(db, {
      apiUrl: sandbox.url,
      now: new Date(now.getTime() + 3_600_000),
    });
    expect(later).toEqual({ posted: 0, gaveUp: 0, wakeAt: [] });
  });
});

describe("Slack says the app is gone", () => {
  it("SK10: a tokens_revoked event → Disconnected, admins told once; Slack's retry of it is harmless", async () => {
    const { db } = demo.conn;
    const now = new Date();
    const rawBody = JSON.stringify({
      type: "event_callback",
      team_id: sandbox.workspace.teamId,
      event_id: `EvRevoked${now.getTime()}`,
      event: { type: "tokens_revoked", tokens: { bot: [sandbox.workspace.botUserId] } },
    });
    const headers = signedSlackHeaders(sandbox.workspace.signingSecret, rawBody, now);
    const request = {
      rawBody,
      timestamp: headers["x-slack-request-timestamp"],
      signature: headers["x-slack-signature"],
      now,
    };
    const publish = async (p: Publication[]) => {
      published.push(...p);
      return { ok: true };
    };

    const answer = await receiveSlackEvents(db, request, { apiUrl: sandbox.url, publish });
    expect(answer.status).toBe(200);
    // Slack retries an event it thinks was not taken in time (X-Slack-Retry-Num): taken once.
    expect((await receiveSlackEvents(db, request, { apiUrl: sandbox.url, publish })).body).toBe("duplicate");
    await answer.work?.();

    expect(await findSlackIntegration(db, demo.workspaceId)).toMatchObject({
      status: "disconnected",
      statusReason: "tokens_revoked",
    });
    const told = await db.select().from(notifications).where(eq(notifications.type, "slack.disconnected"));
    expect(told.map((n) => n.userId)).toEqual([demo.ids.ada]);
  });
});

describe("channel flags", () => {
  it("SK10: a channel the app was not in is flagged, and unflagged once @Herald is invited and a post goes through", async () => {
    const { db } = demo.conn;
    const [sales] = await db.select().from(routingGroups).where(eq(routingGroups.name, "Sales"));
    await setGroupSlackChannel(db, demo.workspaceId, sales.id, "C0GENERAL");
    const first = await newConversation(demo.conn, demo.workspaceId);
    await dispatchNow(db, first.notifications.dueDeliveryIds, { registry: registry() });
    expect((await findSlackIntegration(db, demo.workspaceId))?.flaggedChannels).toEqual([
      "C0GENERAL: not_in_channel",
    ]);

    const general = sandbox.workspace.channels.find((c) => c.id === "C0GENERAL");
    general?.members.add(sandbox.workspace.botUserId); // /invite @Herald
    try {
      const second = await newConversation(demo.conn, demo.workspaceId);
      await dispatchNow(db, second.notifications.dueDeliveryIds, { registry: registry() });
      expect((await slackDeliveriesOf(second.eventId))[0].status).toBe("delivered");
      expect((await findSlackIntegration(db, demo.workspaceId))?.flaggedChannels).toEqual([]);
    } finally {
      general?.members.delete(sandbox.workspace.botUserId);
    }
  });
});
