// Internal notes on a real database: stored internal, IC8 decisions for the mentioned teammate through the
// outbox, foreign mentions refused, and nothing of it on the visitor's side.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findMemberForUser, type Member } from "@/db/queries/members";
import { createUser } from "@/db/queries/users";
import { decisions, messages, visitors } from "@/db/schema";
import { channels } from "@/lib/realtime/channels";
import { visitorConversation } from "@/lib/widget/conversation";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { addInternalNote } from "./internal-notes";
import { postVisitorMessage } from "./visitor-message";

let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;
let ada: Member;

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
  ada = (await findMemberForUser(conn.db, ids.ada)) as Member;
});
afterAll(() => conn.close());

async function newConversation() {
  const [v] = await conn.db.insert(visitors).values({ workspaceId }).returning();
  const r = await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "Where is my order?" });
  return { visitorId: v.id, conversationId: r.conversationId };
}

describe("addInternalNote", () => {
  it("stores an internal note and records IC8 decisions for the mentioned teammate only", async () => {
    const { conversationId } = await newConversation();
    const { note, recorded, publications } = await addInternalNote(
      conn.db,
      ada,
      conversationId,
      "@Luca Agent can you check?",
      [ids.luca, ids.luca, ids.ada],
    );
    const [stored] = await conn.db.select().from(messages).where(eq(messages.id, note.id));
    expect(stored.internal).toBe(true);
    expect(note).toMatchObject({
      internal: true,
      authorName: "Ada Admin",
      mentionedUserIds: [ids.luca, ids.ada],
    });

    const rows = await conn.db
      .select()
      .from(decisions)
      .where(and(eq(decisions.eventId, recorded.eventId), eq(decisions.rule, "IC8")));
    // Luca is away (no open tab) and not the assignee: still notified at once; Ada's self-mention is ignored.
    expect(new Set(rows.map((d) => d.recipientUserId))).toEqual(new Set([ids.luca]));
    const sent = rows.filter((d) => d.outcome === "send");
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((d) => d.sendAt.getTime() === stored.createdAt.getTime())).toBe(true);
    expect(recorded.dueDeliveryIds.length).toBe(sent.length);

    // Teammates hear of it on the workspace channel; the conversation channel (the visitor's) stays silent.
    expect(publications.map((p) => [p.channel, p.event])).toEqual([
      [channels.workspace(workspaceId), "note.created"],
    ]);
  });

  it("refuses mentions of anyone outside the workspace, storing nothing", async () => {
    const { conversationId } = await newConversation();
    const stranger = await createUser(conn.db, {
      email: "stranger@elsewhere.test",
      name: "Stranger",
      passwordHash: null,
    });
    await expect(
      addInternalNote(conn.db, ada, conversationId, "@Stranger look", [ids.luca, stranger.id]),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const notes = await conn.db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.internal, true)));
    expect(notes).toHaveLength(0);
  });

  it("never reaches the visitor: the widget's conversation has no note, nor a note as preview", async () => {
    const { visitorId, conversationId } = await newConversation();
    await addInternalNote(conn.db, ada, conversationId, "Secret: VIP customer", [ids.luca]);
    const seen = await visitorConversation(conn.db, { workspaceId, visitorId });
    expect(seen.conversation?.id).toBe(conversationId);
    expect(seen.messages.map((m) => m.body)).toEqual(["Where is my order?"]);
    expect(JSON.stringify(seen)).not.toContain("VIP");
  });
});
