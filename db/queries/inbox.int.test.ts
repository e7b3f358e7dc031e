// The inbox list by view and status, scoped to one workspace, with previews and the member's unread state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection, Db } from "@/db/client";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { visitors } from "../schema";
import { insertConversation, insertMessage, markReadByAgent } from "./conversations";
import { type InboxQuery, listInbox } from "./inbox";
import { addMember } from "./members";
import { createRoutingGroup, findRoutingGroupByName, setRoutingGroupMembers } from "./routing-groups";
import { createWorkspace } from "./workspaces";

let conn: Connection;
let db: Db;
let workspaceId: string;
let ids: Record<string, string>;
const c: Record<string, string> = {};
const t0 = new Date("2026-11-21T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function conversation(
  ws: string,
  values: {
    visitor?: { name?: string; email?: string };
    assigneeId?: string;
    groupId?: string;
    closed?: boolean;
  },
  bodies: { body: string; at: Date; internal?: boolean }[],
) {
  const [v] = await db
    .insert(visitors)
    .values({ workspaceId: ws, ...values.visitor })
    .returning();
  const conv = await insertConversation(db, {
    workspaceId: ws,
    visitorId: v.id,
    assigneeId: values.assigneeId,
    groupId: values.groupId,
    status: values.closed ? "closed" : "open",
  });
  for (const m of bodies) {
    await insertMessage(db, {
      workspaceId: ws,
      conversationId: conv.id,
      authorType: "visitor",
      channel: "widget",
      body: m.body,
      internal: m.internal,
      createdAt: m.at,
    });
  }
  return conv.id;
}

beforeAll(async () => {
  conn = await createTestDb();
  db = conn.db;
  ({ workspaceId, ids } = await seedDemoWorkspace(db));
  const sales = (await findRoutingGroupByName(db, workspaceId, "Sales"))?.id as string;
  const support = (await findRoutingGroupByName(db, workspaceId, "Support"))?.id as string;
  c.nadiaSales = await conversation(
    workspaceId,
    { visitor: { name: "Jane Cooper", email: "jane@globex.example" }, assigneeId: ids.nadia, groupId: sales },
    [
      { body: "Hello", at: at(1) },
      { body: "Pricing?", at: at(2) },
      { body: "note: VIP", at: at(3), internal: true },
    ],
  );
  c.lucaSales = await conversation(workspaceId, { assigneeId: ids.luca, groupId: sales }, [
    { body: "Hi", at: at(4) },
  ]);
  c.queuedSupport = await conversation(workspaceId, { groupId: support }, [{ body: "Help", at: at(5) }]);
  c.closedUnassigned = await conversation(workspaceId, { closed: true }, [{ body: "Bye", at: at(6) }]);

  // Another workspace where Nadia is also a member: its rows must never reach workspace A's inbox.
  const other = await createWorkspace(db, "Elsewhere");
  await addMember(db, other.id, ids.nadia, "agent");
  const otherGroup = await createRoutingGroup(db, other.id, { name: "Sales" });
  await setRoutingGroupMembers(db, other.id, otherGroup.id, [ids.nadia]);
  c.elsewhere = await conversation(other.id, { assigneeId: ids.nadia, groupId: otherGroup.id }, [
    { body: "Other", at: at(10) },
  ]);
  c.elsewhereQueued = await conversation(other.id, {}, [{ body: "Other", at: at(11) }]);
});
afterAll(() => conn.close());

const list = (q: Partial<InboxQuery>) =>
  listInbox(db, { workspaceId, userId: ids.nadia, view: "all", status: "open", ...q });
const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("listInbox", () => {
  it("lists the conversations assigned to me", async () => {
    expect(idsOf(await list({ view: "mine" }))).toEqual([c.nadiaSales]);
  });

  it("lists my routing groups' conversations, whoever they are assigned to", async () => {
    expect(idsOf(await list({ view: "groups" }))).toEqual([c.lucaSales, c.nadiaSales]);
    expect(idsOf(await list({ view: "groups", userId: ids.luca }))).toEqual([
      c.queuedSupport,
      c.lucaSales,
      c.nadiaSales,
    ]);
  });

  it("lists unassigned conversations, and every conversation, by status, newest first", async () => {
    expect(idsOf(await list({ view: "unassigned" }))).toEqual([c.queuedSupport]);
    expect(idsOf(await list({ view: "all" }))).toEqual([c.queuedSupport, c.lucaSales, c.nadiaSales]);
    expect(idsOf(await list({ view: "all", status: "closed" }))).toEqual([c.closedUnassigned]);
    expect(idsOf(await list({ view: "unassigned", status: "closed" }))).toEqual([c.closedUnassigned]);
    expect(await list({ view: "mine", status: "closed" })).toEqual([]);
  });

  it("shows the visitor, assignee, group and the last message that is not an internal note", async () => {
    const [row] = await list({ view: "mine" });
    expect(row).toMatchObject({
      visitorName: "Jane Cooper",
      visitorEmail: "jane@globex.example",
      assigneeName: "Nadia Agent",
      groupName: "Sales",
      preview: "Pricing?",
      status: "open",
    });
  });

  it("marks a conversation unread until I have read up to its last message", async () => {
    expect((await list({ view: "mine" }))[0].unread).toBe(true);
    await markReadByAgent(db, workspaceId, c.nadiaSales, ids.nadia, at(3));
    expect((await list({ view: "mine" }))[0].unread).toBe(false);
    // Someone else's read state is not mine.
    expect(
      (await list({ view: "groups", userId: ids.luca })).find((r) => r.id === c.nadiaSales)?.unread,
    ).toBe(true);
  });

  it("never returns another workspace's conversations, even for a member of both", async () => {
    for (const view of ["mine", "groups", "unassigned", "all"] as const) {
      const rows = await list({ view });
      expect(idsOf(rows)).not.toContain(c.elsewhere);
      expect(idsOf(rows)).not.toContain(c.elsewhereQueued);
    }
  });
});
