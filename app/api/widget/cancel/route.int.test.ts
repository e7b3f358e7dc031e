// POST /api/widget/cancel (RULES.md IC7) as the frame calls it: the visitor's own pending request closes, the
// group is told in-app once, and anything else is refused with nothing changed.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findMemberForUser, type Member } from "@/db/queries/members";
import { conversations, decisions, deliveries, notificationEvents } from "@/db/schema";
import { DEMO_PUBLIC_KEY } from "@/db/seed";
import { replyAsAgent } from "@/lib/chat/agent-actions";
import { cancelChatRequest } from "@/lib/chat/cancel-request";
import { signVisitorToken } from "@/lib/widget/visitor-token";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { POST as sendMessage } from "../messages/route";
import { POST as session } from "../session/route";
import { POST as cancel } from "./route";

let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  conn = await createTestDb();
  useAsAppDb(conn);
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

const post = (body: unknown) =>
  new Request("http://localhost/api/widget/cancel", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

// A fresh visitor (own rate-limit bucket) with an open request of one message.
async function visitorWithRequest() {
  const token: string = (await (await session(post({ key: DEMO_PUBLIC_KEY }))).json()).token;
  const sent = await sendMessage(post({ key: DEMO_PUBLIC_KEY, token, body: "Is anyone there?" }));
  const conversationId: string = (await sent.json()).conversationId;
  return { token, conversationId, visitorId: token.split(".")[0] };
}

const conversation = async (id: string) =>
  (await conn.db.select().from(conversations).where(eq(conversations.id, id)))[0];
const eventsOf = (id: string) =>
  conn.db
    .select()
    .from(notificationEvents)
    .where(eq(notificationEvents.id, `chat_request.cancelled:${id}`));
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error;

describe("a visitor cancels their pending chat request", () => {
  it("closes it, records chat_request.cancelled once and tells every Sales member in-app (IC7)", async () => {
    const { token, conversationId } = await visitorWithRequest();
    const response = await cancel(post({ key: DEMO_PUBLIC_KEY, token, conversationId }));
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");

    const closed = await conversation(conversationId);
    expect(closed.status).toBe("closed");
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(await eventsOf(conversationId)).toHaveLength(1);

    const sent = await conn.db
      .select()
      .from(decisions)
      .where(
        and(eq(decisions.eventId, `chat_request.cancelled:${conversationId}`), eq(decisions.rule, "IC7")),
      );
    const toUsers = sent.filter((d) => d.outcome === "send" && d.channel === "in_app");
    expect(new Set(toUsers.map((d) => d.recipientUserId))).toEqual(
      new Set([ids.nadia, ids.luca, ids.matteo]),
    );
    const delivered = await conn.db.select().from(deliveries).where(eq(deliveries.decisionId, toUsers[0].id));
    expect(delivered).toHaveLength(1);
    // The route wrapper applied the write's effects after commit: the in-app delivery went out at once.
    expect(delivered[0].status).toBe("delivered");
  });

  it("a second cancel is a 409 and records nothing more", async () => {
    const { token, conversationId } = await visitorWithRequest();
    await cancel(post({ key: DEMO_PUBLIC_KEY, token, conversationId }));
    const again = await cancel(post({ key: DEMO_PUBLIC_KEY, token, conversationId }));
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe("CONFLICT");
    expect(await eventsOf(conversationId)).toHaveLength(1);
  });

  it("the next message opens a new conversation", async () => {
    const { token, conversationId } = await visitorWithRequest();
    await cancel(post({ key: DEMO_PUBLIC_KEY, token, conversationId }));
    const next = await sendMessage(post({ key: DEMO_PUBLIC_KEY, token, body: "Me again" }));
    expect((await next.json()).conversationId).not.toBe(conversationId);
  });
});

describe("nothing else can be cancelled", () => {
  it("another visitor's conversation → 404, unchanged", async () => {
    const mine = await visitorWithRequest();
    const theirs = await visitorWithRequest();
    const response = await cancel(
      post({ key: DEMO_PUBLIC_KEY, token: mine.token, conversationId: theirs.conversationId }),
    );
    expect(response.status).toBe(404);
    expect((await conversation(theirs.conversationId)).status).toBe("open");
    expect(await eventsOf(theirs.conversationId)).toHaveLength(0);
  });

  it("a conversation an agent answered → 409 saying so, unchanged", async () => {
    const { token, conversationId } = await visitorWithRequest();
    const nadia = (await findMemberForUser(conn.db, ids.nadia)) as Member;
    await replyAsAgent(conn.db, nadia, conversationId, "Hello! How can I help?");
    const response = await cancel(post({ key: DEMO_PUBLIC_KEY, token, conversationId }));
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe("CONFLICT");
    expect((await conversation(conversationId)).status).toBe("open");
    expect(await eventsOf(conversationId)).toHaveLength(0);
  });

  it("the same refusals hold for cancelChatRequest called directly", async () => {
    const { visitorId, conversationId } = await visitorWithRequest();
    const other = await visitorWithRequest();
    await expect(
      cancelChatRequest(conn.db, { workspaceId, visitorId: other.visitorId, conversationId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await cancelChatRequest(conn.db, { workspaceId, visitorId, conversationId });
    await expect(
      cancelChatRequest(conn.db, { workspaceId, visitorId, conversationId }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a forged token → 401, unchanged", async () => {
    const { conversationId } = await visitorWithRequest();
    const forged = signVisitorToken(
      { id: "00000000-0000-4000-8000-000000000000", widgetSecret: "x" },
      "x",
      Date.now(),
      "not-our-secret",
    );
    const response = await cancel(post({ key: DEMO_PUBLIC_KEY, token: forged, conversationId }));
    expect(response.status).toBe(401);
    expect((await conversation(conversationId)).status).toBe("open");
  });

  it("bad input → 400 naming the field", async () => {
    const { token } = await visitorWithRequest();
    const response = await cancel(post({ key: DEMO_PUBLIC_KEY, token, conversationId: "nope" }));
    expect(response.status).toBe(400);
    const error = (await response.json()).error as { code: string; fields: Record<string, string> };
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fields).toHaveProperty("conversationId");
    const missing = await cancel(post({ key: DEMO_PUBLIC_KEY, token }));
    expect(missing.status).toBe(400);
    // No token in the body nor the Authorization header: 401, the visitor is unknown.
    const noToken = await cancel(post({ key: DEMO_PUBLIC_KEY, conversationId: crypto.randomUUID() }));
    expect(noToken.status).toBe(401);
  });
});
