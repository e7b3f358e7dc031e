// "Need assistance" (AS1/AS2): stored with who and when, one open request per conversation, events handed
// to the pipeline's recorder, and the supervisor dashboard's list scoped to the workspace.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { listOpenAssistanceRequests } from "@/db/queries/assistance";
import { findConversation } from "@/db/queries/conversations";
import { addMember, findMember, findMemberForUser, type Member } from "@/db/queries/members";
import { createWorkspace } from "@/db/queries/workspaces";
import { assistanceRequests, visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { type AssistanceEvent, clearAssistance, requestAssistance } from "./assistance";

let conn: Connection;
let workspaceId: string;
let nadia: Member;
let sam: Member;
let ids: Record<string, string>;
const t0 = new Date("2026-11-01T09:00:00Z");

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
  nadia = (await findMemberForUser(conn.db, ids.nadia)) as Member;
  sam = (await findMemberForUser(conn.db, ids.sam)) as Member;
});
afterAll(() => conn.close());

const newConversation = async (ws = workspaceId) => {
  const [visitor] = await conn.db.insert(visitors).values({ workspaceId: ws }).returning();
  return (await postVisitorMessage(conn.db, { workspaceId: ws, visitorId: visitor.id, body: "Help" }, t0))
    .conversationId;
};

describe("Need assistance", () => {
  it("AS1: raising it stores who and when, flags the conversation and records one event", async () => {
    const conversationId = await newConversation();
    const events: AssistanceEvent[] = [];
    const recordEvent = async (_tx: unknown, event: AssistanceEvent) => {
      events.push(event);
    };
    const publications = await requestAssistance(conn.db, nadia, conversationId, { recordEvent, now: t0 });
    expect(publications.map((p) => p.event)).toEqual(["conversation.updated"]);
    await requestAssistance(conn.db, nadia, conversationId, { recordEvent, now: t0 });

    expect((await findConversation(conn.db, workspaceId, conversationId))?.needsAssistance).toBe(true);
    const open = (await listOpenAssistanceRequests(conn.db, workspaceId)).filter(
      (r) => r.conversationId === conversationId,
    );
    expect(open).toEqual([expect.objectContaining({ requestedByName: "Nadia Agent", requestedAt: t0 })]);
    expect(events).toEqual([
      expect.objectContaining({ type: "assistance.requested", conversationId, requestedBy: nadia.userId }),
    ]);
  });

  it("AS2: a supervisor turning it off clears it, keeps the history, and records one cleared event", async () => {
    const conversationId = await newConversation();
    await requestAssistance(conn.db, nadia, conversationId, { now: t0 });
    const events: AssistanceEvent[] = [];
    const recordEvent = async (_tx: unknown, event: AssistanceEvent) => {
      events.push(event);
    };
    await clearAssistance(conn.db, sam, conversationId, { recordEvent });
    await clearAssistance(conn.db, sam, conversationId, { recordEvent });

    expect((await findConversation(conn.db, workspaceId, conversationId))?.needsAssistance).toBe(false);
    const open = await listOpenAssistanceRequests(conn.db, workspaceId);
    expect(open.some((r) => r.conversationId === conversationId)).toBe(false);
    const history = (await conn.db.select().from(assistanceRequests)).filter(
      (r) => r.conversationId === conversationId,
    );
    expect(history).toEqual([expect.objectContaining({ requestedBy: nadia.userId, clearedBy: sam.userId })]);
    expect(events.map((e) => e.type)).toEqual(["assistance.cleared"]);
  });

  it("another workspace's conversation cannot be flagged, and its requests are not listed", async () => {
    const other = await createWorkspace(conn.db, "Globex");
    await addMember(conn.db, other.id, nadia.userId, "agent");
    const foreign = await newConversation(other.id);
    await expect(requestAssistance(conn.db, nadia, foreign)).rejects.toThrow(/does not exist/);
    const nadiaAtGlobex = (await findMember(conn.db, other.id, nadia.userId)) as Member;
    await requestAssistance(conn.db, nadiaAtGlobex, foreign);
    const acme = await listOpenAssistanceRequests(conn.db, workspaceId);
    expect(acme.some((r) => r.conversationId === foreign)).toBe(false);
    await expect(clearAssistance(conn.db, sam, foreign)).rejects.toThrow(/does not exist/);
    expect((await listOpenAssistanceRequests(conn.db, other.id)).map((r) => r.conversationId)).toEqual([
      foreign,
    ]);
  });
});

// Issue 9 "Input": any agent could clear anyone's request.
describe("Clearing assistance", () => {
  it("clearing assistance only by the requester, a supervisor or an admin", async () => {
    const conversationId = await newConversation();
    const luca = (await findMemberForUser(conn.db, ids.luca)) as Member;
    const ada = (await findMemberForUser(conn.db, ids.ada)) as Member;
    await requestAssistance(conn.db, nadia, conversationId);
    await expect(clearAssistance(conn.db, luca, conversationId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await findConversation(conn.db, workspaceId, conversationId))?.needsAssistance).toBe(true);
    await clearAssistance(conn.db, nadia, conversationId); // the requester
    await requestAssistance(conn.db, nadia, conversationId);
    await clearAssistance(conn.db, sam, conversationId); // a supervisor
    await requestAssistance(conn.db, nadia, conversationId);
    await clearAssistance(conn.db, ada, conversationId); // an admin
    expect((await findConversation(conn.db, workspaceId, conversationId))?.needsAssistance).toBe(false);
  });
});
