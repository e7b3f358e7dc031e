// "Why wasn't … notified?" on a real database: every teammate gets a reason for every event, stored or
// inferred, and another workspace's conversation explains nothing.
import { describe, expect, it } from "vitest";
import { listMembers } from "@/db/queries/members";
import { visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { withDemoWorkspace } from "@/test/demo";
import { workspaceOfSize } from "@/test/workspace-of-size";
import { explainConversation } from "./conversation-explanations";

const demo = withDemoWorkspace();

describe("explainConversation", () => {
  it("X1: gives each teammate a reason for each event of the conversation", async () => {
    const { conn, workspaceId, ids } = demo;
    const [v] = await conn.db.insert(visitors).values({ workspaceId }).returning();
    const first = await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "Hi" });
    await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "Still there?" });
    const teammates = (await listMembers(conn.db, workspaceId)).map((m) => ({
      userId: m.userId,
      name: m.name,
    }));
    const events = await explainConversation(conn.db, workspaceId, first.conversationId, teammates);
    expect(events.map((e) => e.type)).toEqual(["conversation.created", "message.created"]);
    for (const e of events) expect(e.teammates).toHaveLength(teammates.length);
    const ada = events[0].teammates.find((t) => t.userId === ids.ada);
    expect(ada?.explanation.reason).toBe("not_in_group"); // the admin is in no routing group
    expect(events[0].teammates.some((t) => t.explanation.reason === "sent")).toBe(true);

    const other = await workspaceOfSize(conn.db, 1);
    expect(await explainConversation(conn.db, other.workspaceId, first.conversationId, teammates)).toEqual(
      [],
    );
  });
});
