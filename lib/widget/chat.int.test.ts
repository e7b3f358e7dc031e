import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findMemberForUser, type Member } from "@/db/queries/members";
import { findVisitor } from "@/db/queries/visitors";
import { messages, workspaces } from "@/db/schema";
import { replyAsAgent } from "@/lib/chat/agent-actions";
import { readAsVisitor } from "@/lib/chat/visitor-read";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { sendVisitorMessage, visitorConversation } from "./conversation";
import { identifyVisitor } from "./identify";
import { identitySecretOf, identitySignatureV2, rotateIdentitySecret } from "./identity";
import { messageRequest } from "./schemas";
import { startSession } from "./session";
import { recordPageView } from "./visits";

let conn: Connection;
let workspaceId: string;
let nadia: Member;

beforeAll(async () => {
  conn = await createTestDb();
  const demo = await seedDemoWorkspace(conn.db);
  workspaceId = demo.workspaceId;
  nadia = (await findMemberForUser(conn.db, demo.ids.nadia)) as Member;
});
afterAll(() => conn.close());

const newVisitor = async () => ({
  workspaceId,
  visitorId: (await startSession(conn.db, workspaceId, null)).visitorId,
});

describe("identity secret", () => {
  it("is created on first use, stored encrypted, and the same on every later use until rotated", async () => {
    const secret = await identitySecretOf(conn.db, workspaceId);
    expect(secret).toMatch(/^hs_[0-9a-f]{64}$/);
    const [ws] = await conn.db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
    expect(ws.identitySecretEncrypted).not.toContain(secret);
    expect(await identitySecretOf(conn.db, workspaceId)).toBe(secret);
    await rotateIdentitySecret(conn.db, workspaceId);
    expect(await identitySecretOf(conn.db, workspaceId)).not.toBe(secret);
  });
});

describe("identify", () => {
  it("with the right signature: the visitor becomes known, and Live Views hears of it once", async () => {
    const visitor = await newVisitor();
    await recordPageView(conn.db, visitor, { url: "https://globex.example/" });
    const secret = await identitySecretOf(conn.db, workspaceId);
    const signed = {
      email: "jane@globex.example",
      name: "Jane Cooper",
      issuedAt: Math.floor(Date.now() / 1000),
    };
    const claim = { ...signed, signature: identitySignatureV2(secret, signed) };
    const result = await identifyVisitor(conn.db, visitor, claim);
    expect(result.visitor).toEqual({ name: "Jane Cooper", email: "jane@globex.example" });
    expect(result.publications.map((p) => p.event)).toEqual(["visitor.updated"]);
    expect(result.publications[0].data).toMatchObject({
      email: "jane@globex.example",
      company: "Globex", // the seeded account she is a contact of, rather than her email's domain
    });
    // Sites identify on every page: the same identity again changes nothing and tells nobody.
    expect((await identifyVisitor(conn.db, visitor, claim)).publications).toEqual([]);
  });

  it("with a wrong signature: 401 and the visitor stays anonymous", async () => {
    const visitor = await newVisitor();
    const secret = await identitySecretOf(conn.db, workspaceId);
    const issuedAt = Math.floor(Date.now() / 1000);
    const bob = identitySignatureV2(secret, { email: "bob@globex.example", name: "Jane", issuedAt });
    for (const signature of ["00".repeat(32), bob]) {
      await expect(
        identifyVisitor(conn.db, visitor, {
          email: "jane@globex.example",
          name: "Jane",
          issuedAt,
          signature,
        }),
      ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    expect(await findVisitor(conn.db, workspaceId, visitor.visitorId)).toMatchObject({
      email: null,
      name: null,
    });
  });
});

describe("the visitor's conversation", () => {
  it("is empty at first; the first message opens it; agent replies show with their name", async () => {
    const visitor = await newVisitor();
    expect(await visitorConversation(conn.db, visitor)).toEqual({ conversation: null, messages: [] });
    const sent = await sendVisitorMessage(conn.db, visitor, "Hello");
    expect(sent.created).toBe(true);
    await replyAsAgent(conn.db, nadia, sent.conversationId, "Hi, how can I help?");
    const view = await visitorConversation(conn.db, visitor);
    expect(view.conversation).toMatchObject({ id: sent.conversationId, status: "open" });
    expect(view.messages.map((m) => [m.authorType, m.authorName, m.body])).toEqual([
      ["visitor", null, "Hello"],
      ["agent", "Nadia Agent", "Hi, how can I help?"],
    ]);
    expect((await startSession(conn.db, workspaceId, visitor.visitorId)).conversationId).toBe(
      sent.conversationId,
    );
  });

  it("never shows internal notes", async () => {
    const visitor = await newVisitor();
    const { conversationId } = await sendVisitorMessage(conn.db, visitor, "Q");
    await conn.db.insert(messages).values({
      workspaceId,
      conversationId,
      authorType: "agent",
      authorUserId: nadia.userId,
      channel: "web",
      body: "internal: VIP",
      internal: true,
    });
    const view = await visitorConversation(conn.db, visitor);
    expect(view.messages.map((m) => m.body)).toEqual(["Q"]);
  });

  it("read: agent messages are read by the visitor, and only their own conversation", async () => {
    const visitor = await newVisitor();
    const { conversationId } = await sendVisitorMessage(conn.db, visitor, "Q");
    await replyAsAgent(conn.db, nadia, conversationId, "A");
    const stranger = await newVisitor();
    await expect(readAsVisitor(conn.db, { ...stranger, conversationId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const [read] = await readAsVisitor(conn.db, { ...visitor, conversationId });
    expect(read).toMatchObject({ event: "conversation.read", data: { by: "visitor", conversationId } });
  });

  it("message bodies: trimmed, 1 to 5,000 characters", () => {
    const base = { key: "pk", token: "t" };
    expect(messageRequest.parse({ ...base, body: "  hi  " }).body).toBe("hi");
    for (const body of ["", "   ", "x".repeat(5_001), undefined, 42]) {
      const parsed = messageRequest.safeParse({ ...base, body });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0].path).toEqual(["body"]);
    }
    expect(messageRequest.safeParse({ ...base, body: "x".repeat(5_000) }).success).toBe(true);
  });
});
