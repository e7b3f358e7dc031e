import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findMemberForUser, type Member } from "@/db/queries/members";
import { createWorkspace } from "@/db/queries/workspaces";
import { visitors } from "@/db/schema";
import { DEMO_PUBLIC_KEY } from "@/db/seed";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { signVisitorToken } from "@/lib/widget/visitor-token";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { tokenWorkspaceOf } from "@/test/token-workspace";
import { assertMaySubscribe } from "./authorize";

let conn: Connection;
let workspaceId: string;
let nadia: Member;
let visitorId: string;
let conversationId: string;
let otherConversationId: string;
const tokenWorkspace = () => tokenWorkspaceOf(conn.db, workspaceId);

const req = (channel: string, visitor?: { key: string; token: string }) => ({
  socket_id: "123.456",
  channel_name: channel,
  visitor_key: visitor?.key,
  visitor_token: visitor?.token,
});

beforeAll(async () => {
  conn = await createTestDb();
  let ids: Record<string, string>;
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
  nadia = (await findMemberForUser(conn.db, ids.nadia)) as Member;
  const [v, w] = await conn.db.insert(visitors).values([{ workspaceId }, { workspaceId }]).returning();
  visitorId = v.id;
  conversationId = (await postVisitorMessage(conn.db, { workspaceId, visitorId, body: "hi" })).conversationId;
  otherConversationId = (await postVisitorMessage(conn.db, { workspaceId, visitorId: w.id, body: "hi" }))
    .conversationId;
});
afterAll(() => conn.close());

describe("realtime channel authorization", () => {
  it("lets an agent into their own user channel, their workspace and its conversations only", async () => {
    await expect(
      assertMaySubscribe(conn.db, req(`private-user-${nadia.userId}`), nadia),
    ).resolves.toBeUndefined();
    await expect(
      assertMaySubscribe(conn.db, req(`private-workspace-${workspaceId}`), nadia),
    ).resolves.toBeUndefined();
    await expect(
      assertMaySubscribe(conn.db, req(`private-conversation-${conversationId}`), nadia),
    ).resolves.toBeUndefined();
    const other = await createWorkspace(conn.db, "Elsewhere");
    for (const channel of [
      `private-user-someone-else`,
      `private-workspace-${other.id}`,
      `private-visitor-${visitorId}`,
      "private-conversation-not-a-uuid",
      "public",
    ]) {
      await expect(assertMaySubscribe(conn.db, req(channel), nadia)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("asks a caller with neither session nor visitor token to sign in", async () => {
    await expect(
      assertMaySubscribe(conn.db, req(`private-workspace-${workspaceId}`), null),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("lets a visitor into their own visitor channel and conversation, nothing else", async () => {
    const visitor = { key: DEMO_PUBLIC_KEY, token: signVisitorToken(await tokenWorkspace(), visitorId) };
    await expect(
      assertMaySubscribe(conn.db, req(`private-visitor-${visitorId}`, visitor), null),
    ).resolves.toBeUndefined();
    await expect(
      assertMaySubscribe(conn.db, req(`private-conversation-${conversationId}`, visitor), null),
    ).resolves.toBeUndefined();
    for (const channel of [
      `private-conversation-${otherConversationId}`,
      `private-workspace-${workspaceId}`,
      `private-user-${nadia.userId}`,
    ]) {
      await expect(assertMaySubscribe(conn.db, req(channel, visitor), null)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("refuses a forged visitor token, and visitor credentials even when an agent session is present", async () => {
    const forged = { key: DEMO_PUBLIC_KEY, token: `${visitorId}.forged` };
    await expect(
      assertMaySubscribe(conn.db, req(`private-visitor-${visitorId}`, forged), nadia),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const wrongKey = { key: "pk_nope", token: signVisitorToken(await tokenWorkspace(), visitorId) };
    await expect(
      assertMaySubscribe(conn.db, req(`private-visitor-${visitorId}`, wrongKey), null),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
