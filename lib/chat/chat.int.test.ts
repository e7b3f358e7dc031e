import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { listGroupMembersForRouting } from "@/db/queries/assignment";
import { findConversation, listMessages } from "@/db/queries/conversations";
import { findMemberForUser, type Member, setAvailability } from "@/db/queries/members";
import { createUser } from "@/db/queries/users";
import { createWorkspace } from "@/db/queries/workspaces";
import { messages, routingGroups, visitors } from "@/db/schema";
import { parseChannel } from "@/lib/realtime/channels";
import type { Publication } from "@/lib/realtime/publish";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import {
  assignConversation,
  readAsAgent,
  replyAsAgent,
  setConversationStatus,
  startChatWithVisitor,
} from "./agent-actions";
import { postVisitorMessage } from "./visitor-message";
import { readAsVisitor } from "./visitor-read";

let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;
let nadia: Member;

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
  nadia = (await findMemberForUser(conn.db, ids.nadia)) as Member;
});
afterAll(() => conn.close());

const salesOrder = async () => {
  const [sales] = await conn.db.select().from(routingGroups).where(eq(routingGroups.name, "Sales"));
  return listGroupMembersForRouting(conn.db, workspaceId, sales.id);
};

const newVisitor = async (ws = workspaceId) =>
  (await conn.db.insert(visitors).values({ workspaceId: ws }).returning())[0].id;

describe("a visitor's first message", () => {
  it("opens a conversation in the default group, assigned round-robin to available members", async () => {
    await conn.db
      .update(routingGroups)
      .set({ lastAssignedUserId: null })
      .where(eq(routingGroups.workspaceId, workspaceId));
    const assignees: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await postVisitorMessage(conn.db, {
        workspaceId,
        visitorId: await newVisitor(),
        body: "Hello",
      });
      expect(r.created).toBe(true);
      assignees.push((await findConversation(conn.db, workspaceId, r.conversationId))?.assigneeId ?? null);
    }
    // Sales members (nadia, luca, matteo) in routing order, then around again.
    const order = (await salesOrder()).map((m) => m.userId);
    expect(new Set(order)).toEqual(new Set([ids.nadia, ids.luca, ids.matteo]));
    expect(assignees).toEqual([...order, order[0]]);
  });

  it("skips members on Do Not Disturb, and queues in the group when nobody is available", async () => {
    // The last assignee was order[0]; with order[1] on DND the turn passes to order[2].
    const order = (await salesOrder()).map((m) => m.userId);
    await setAvailability(conn.db, workspaceId, order[1], { status: "dnd", dndUntil: null });
    const skip = await postVisitorMessage(conn.db, {
      workspaceId,
      visitorId: await newVisitor(),
      body: "Hi",
    });
    expect((await findConversation(conn.db, workspaceId, skip.conversationId))?.assigneeId).toBe(order[2]);

    for (const userId of [order[0], order[2]]) {
      await setAvailability(conn.db, workspaceId, userId, { status: "dnd", dndUntil: null });
    }
    const queued = await postVisitorMessage(conn.db, {
      workspaceId,
      visitorId: await newVisitor(),
      body: "Hi",
    });
    const c = await findConversation(conn.db, workspaceId, queued.conversationId);
    expect(c?.assigneeId).toBeNull();
    expect(c?.groupId).not.toBeNull();
    for (const name of ["nadia", "luca", "matteo"]) {
      await setAvailability(conn.db, workspaceId, ids[name], { status: "available", dndUntil: null });
    }
  });

  it("later messages join the open conversation; after closing, a new one opens", async () => {
    const visitorId = await newVisitor();
    const first = await postVisitorMessage(conn.db, { workspaceId, visitorId, body: "One" });
    const second = await postVisitorMessage(conn.db, { workspaceId, visitorId, body: "Two" });
    expect(second.created).toBe(false);
    expect(second.conversationId).toBe(first.conversationId);
    await setConversationStatus(conn.db, nadia, first.conversationId, "closed");
    const third = await postVisitorMessage(conn.db, { workspaceId, visitorId, body: "Three" });
    expect(third.conversationId).not.toBe(first.conversationId);
  });

  it("publishes the message on the conversation channel and the inbox row on the workspace channel", async () => {
    const r = await postVisitorMessage(conn.db, {
      workspaceId,
      visitorId: await newVisitor(),
      body: "<b>hi</b>",
    });
    expect(r.publications.map((p) => [p.channel, p.event])).toEqual([
      [`private-conversation-${r.conversationId}`, "message.created"],
      [`private-workspace-${workspaceId}`, "conversation.updated"],
    ]);
    expect(r.message.body).toBe("<b>hi</b>"); // stored and sent as text; the UI renders it as text
  });
});

describe("agent actions", () => {
  it("a reply reaches the visitor's conversation with the agent's name and reopens a closed one", async () => {
    const { conversationId } = await postVisitorMessage(conn.db, {
      workspaceId,
      visitorId: await newVisitor(),
      body: "Q",
    });
    await setConversationStatus(conn.db, nadia, conversationId, "closed");
    const reply = await replyAsAgent(conn.db, nadia, conversationId, "A");
    expect(reply.message).toMatchObject({ authorType: "agent", authorName: "Nadia Agent", body: "A" });
    expect((await findConversation(conn.db, workspaceId, conversationId))?.status).toBe("open");
  });

  it("start chat opens an agent-initiated conversation assigned to the agent and tells the visitor's widget", async () => {
    const visitorId = await newVisitor();
    const r = await startChatWithVisitor(conn.db, nadia, visitorId, "Can I help?");
    const c = await findConversation(conn.db, workspaceId, r.conversationId);
    expect(c).toMatchObject({ initiator: "agent", assigneeId: ids.nadia, visitorId });
    expect(r.publications[0]).toMatchObject({
      channel: `private-visitor-${visitorId}`,
      event: "conversation.started",
    });
    const again = await startChatWithVisitor(conn.db, nadia, visitorId, "Still there?");
    expect(again.conversationId).toBe(r.conversationId);
    const transcript = await listMessages(conn.db, workspaceId, r.conversationId, { includeInternal: false });
    expect(transcript.map((m) => m.message.body)).toEqual(["Can I help?", "Still there?"]);
  });

  it("refuses a visitor, teammate or group of another workspace", async () => {
    const other = await createWorkspace(conn.db, "Other");
    const stranger = await createUser(conn.db, {
      email: "stranger@other.test",
      name: "S",
      passwordHash: null,
    });
    const foreignVisitor = await newVisitor(other.id);
    await expect(startChatWithVisitor(conn.db, nadia, foreignVisitor, "hi")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const { conversationId } = await postVisitorMessage(conn.db, {
      workspaceId,
      visitorId: await newVisitor(),
      body: "Q",
    });
    await expect(
      assignConversation(conn.db, nadia, conversationId, { assigneeId: stranger.id, groupId: null }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const foreign = await postVisitorMessage(conn.db, {
      workspaceId: other.id,
      visitorId: foreignVisitor,
      body: "x",
    });
    await expect(replyAsAgent(conn.db, nadia, foreign.conversationId, "hi")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("assigns to a teammate and transfers to a group's queue", async () => {
    const { conversationId } = await postVisitorMessage(conn.db, {
      workspaceId,
      visitorId: await newVisitor(),
      body: "Q",
    });
    await assignConversation(conn.db, nadia, conversationId, { assigneeId: ids.luca, groupId: null });
    expect((await findConversation(conn.db, workspaceId, conversationId))?.assigneeId).toBe(ids.luca);
    const [support] = await conn.db.select().from(routingGroups).where(eq(routingGroups.name, "Support"));
    await assignConversation(conn.db, nadia, conversationId, { assigneeId: null, groupId: support.id });
    expect(await findConversation(conn.db, workspaceId, conversationId)).toMatchObject({
      assigneeId: null,
      groupId: support.id,
    });
  });
});

describe("read state", () => {
  it("stores the visitor's read state of agent messages, only for their own conversation", async () => {
    const visitorId = await newVisitor();
    const { conversationId } = await postVisitorMessage(conn.db, { workspaceId, visitorId, body: "Q" });
    await replyAsAgent(conn.db, nadia, conversationId, "A");
    await expect(
      readAsVisitor(conn.db, { workspaceId, visitorId: await newVisitor(), conversationId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [event] = await readAsVisitor(conn.db, { workspaceId, visitorId, conversationId });
    expect(event.data).toMatchObject({ by: "visitor", conversationId });
    const agentMessages = await conn.db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.authorType, "agent")));
    expect(agentMessages.every((m) => m.readByVisitorAt !== null)).toBe(true);
    const [agentRead] = await readAsAgent(conn.db, nadia, conversationId);
    expect(agentRead.data).toEqual({ conversationId, by: "agent", at: expect.any(String) });
  });
});

const visitorReadable = (p: Publication) => {
  const kind = parseChannel(p.channel)?.kind;
  return kind === "conversation" || kind === "visitor";
};

// Issue 8: conversation.read once carried the agent's user id on the conversation channel, which the
// visitor reads. No event on a visitor-readable channel may carry one, whatever the agent does.
it("events sent to visitors carry no agent user ids", async () => {
  const [visitor] = await conn.db.insert(visitors).values({ workspaceId }).returning();
  const sent: Publication[] = [];
  const started = await startChatWithVisitor(conn.db, nadia, visitor.id, "Hello from Nadia");
  sent.push(...started.publications);
  const { conversationId } = started;
  sent.push(...(await replyAsAgent(conn.db, nadia, conversationId, "Anything else?")).publications);
  sent.push(...(await readAsAgent(conn.db, nadia, conversationId)));
  const answer = await postVisitorMessage(conn.db, { workspaceId, visitorId: visitor.id, body: "Hi" });
  sent.push(...answer.publications);
  sent.push(...(await readAsVisitor(conn.db, { workspaceId, visitorId: visitor.id, conversationId })));

  const toVisitor = sent.filter(visitorReadable);
  expect(toVisitor.map((p) => p.event)).toEqual(
    expect.arrayContaining(["conversation.started", "message.created", "conversation.read"]),
  );
  const agentIds = Object.values(ids);
  for (const p of toVisitor) {
    const text = JSON.stringify(p.data);
    for (const id of agentIds) expect(text, `${p.event} on ${p.channel}`).not.toContain(id);
  }
});
