import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setConversationSlackThread } from "@/db/queries/slack";
import { newConversation } from "@/lib/notifications/testing/new-conversation";
import { withDemoWorkspace } from "@/test/demo";
import { connectSlackWithToken } from "./connect";
import { receiveSlackEvents } from "./events";
import { messageEvent, type SlackSandbox, startSlackSandbox } from "./sandbox/server";
import { agentMessagesOf, asReceived, sandboxOptions } from "./testing";

const demo = withDemoWorkspace();
let sandbox: SlackSandbox;
const options = () => sandboxOptions(sandbox.url);

beforeAll(async () => {
  sandbox = await startSlackSandbox();
  const { botToken, signingSecret } = sandbox.workspace;
  await connectSlackWithToken(
    demo.conn.db,
    demo.workspaceId,
    { botToken, signingSecret },
    { apiUrl: sandbox.url },
  );
});
afterAll(() => sandbox.close());

// A conversation whose Slack thread is rooted in #sales.
async function threadedConversation() {
  const c = await newConversation(demo.conn, demo.workspaceId);
  const threadTs = `${Date.now() / 1000}`;
  await setConversationSlackThread(demo.conn.db, demo.workspaceId, c.conversationId, "C0SALES", threadTs);
  return { conversationId: c.conversationId, threadTs };
}

async function deliver(event: { rawBody: string; headers: Record<string, string> }, now = new Date()) {
  const answer = await receiveSlackEvents(demo.conn.db, asReceived(event, now), options());
  await answer.work?.();
  return answer;
}

const messagesOf = (conversationId: string) => agentMessagesOf(demo.conn.db, conversationId);

describe("replies from Slack", () => {
  it("SK7: a mapped user's thread reply reaches the visitor as that teammate, origin slack", async () => {
    const { conversationId, threadTs } = await threadedConversation();
    const answer = await deliver(
      messageEvent(sandbox.workspace, {
        user: "U0NADIA",
        channel: "C0SALES",
        text: "Hi, Nadia here",
        threadTs,
      }),
    );
    expect(answer.status).toBe(200);
    const [reply] = await messagesOf(conversationId);
    expect(reply).toMatchObject({
      body: "Hi, Nadia here",
      authorUserId: demo.ids.nadia,
      channel: "slack",
      internal: false,
    });
  });

  it("SK7: a reply starting with note: becomes an internal note", async () => {
    const { conversationId, threadTs } = await threadedConversation();
    await deliver(
      messageEvent(sandbox.workspace, {
        user: "U0LUCA",
        channel: "C0SALES",
        text: "note: VIP, be nice",
        threadTs,
      }),
    );
    const [note] = await messagesOf(conversationId);
    expect(note).toMatchObject({ body: "VIP, be nice", authorUserId: demo.ids.luca, internal: true });
  });

  it("SK7: an unmapped Slack user gets an ephemeral explanation and nothing is sent", async () => {
    const { conversationId, threadTs } = await threadedConversation();
    await deliver(
      messageEvent(sandbox.workspace, { user: "U0OLIVIA", channel: "C0SALES", text: "hello", threadTs }),
    );
    expect(await messagesOf(conversationId)).toEqual([]);
    const ephemeral = sandbox.workspace.messages.find((m) => m.ephemeralTo === "U0OLIVIA");
    expect(ephemeral).toMatchObject({ channel: "C0SALES", threadTs });
    expect(ephemeral?.text).toContain("not linked to a Herald teammate");
  });

  it("SK7: a retried or replayed event_id is taken once", async () => {
    const { conversationId, threadTs } = await threadedConversation();
    const event = messageEvent(sandbox.workspace, {
      user: "U0NADIA",
      channel: "C0SALES",
      text: "once",
      threadTs,
    });
    await deliver(event);
    const again = await deliver(event);
    expect(again).toMatchObject({ status: 200, body: "duplicate" });
    expect(await messagesOf(conversationId)).toHaveLength(1);
  });

  it("SK7: the bot's own messages (bot_id) are never taken as replies (echo guard)", async () => {
    const { conversationId, threadTs } = await threadedConversation();
    const echo = { user: "U0NADIA", channel: "C0SALES", text: "mirrored", threadTs, botId: "B0HERALD" };
    await deliver(messageEvent(sandbox.workspace, echo));
    await deliver(
      messageEvent(sandbox.workspace, { ...echo, user: sandbox.workspace.botUserId, botId: undefined }),
    );
    expect(await messagesOf(conversationId)).toEqual([]);
  });

  it("SK7: a bad or stale signature is refused and changes nothing", async () => {
    const { conversationId, threadTs } = await threadedConversation();
    const event = messageEvent(sandbox.workspace, {
      user: "U0NADIA",
      channel: "C0SALES",
      text: "forged",
      threadTs,
    });
    const bad = await deliver({
      ...event,
      headers: { ...event.headers, "x-slack-signature": `v0=${"0".repeat(64)}` },
    });
    expect(bad).toMatchObject({ status: 401, body: "x-slack-signature: mismatch" });
    const stale = await deliver(event, new Date(Date.now() + 6 * 60_000));
    expect(stale).toMatchObject({ status: 401, body: "x-slack-signature: stale" });
    expect(await messagesOf(conversationId)).toEqual([]);
  });
});
