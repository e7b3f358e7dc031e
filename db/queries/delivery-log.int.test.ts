// The delivery log's query on a real database: scoped to the workspace, filtered, paged by cursor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { workspaceOfSize } from "@/test/workspace-of-size";
import { listDeliveryLog } from "./delivery-log";

let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;
let conversationIds: string[];
beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
  conversationIds = [];
  for (const body of ["First", "Second"]) {
    const [v] = await conn.db.insert(visitors).values({ workspaceId }).returning();
    const r = await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body });
    conversationIds.push(r.conversationId);
  }
});
afterAll(() => conn.close());

describe("listDeliveryLog", () => {
  it("X1: lists every decision of the workspace, newest first, with its delivery", async () => {
    const { entries } = await listDeliveryLog(conn.db, workspaceId, {});
    expect(entries.length).toBeGreaterThan(4);
    expect(entries[0].conversationId).toBe(conversationIds[1]);
    const sent = entries.find((e) => e.outcome === "send" && e.channel === "in_app");
    expect(sent).toMatchObject({ reason: "sent", status: "pending", attempts: 0 });
    expect(entries.find((e) => e.outcome === "suppress")?.status).toBeNull();
    expect(entries.every((e) => e.eventType === "conversation.created")).toBe(true);
  });

  it("filters by recipient, channel, reason, status, event type and conversation", async () => {
    const log = (f: Parameters<typeof listDeliveryLog>[2]) =>
      listDeliveryLog(conn.db, workspaceId, f).then((r) => r.entries);
    expect((await log({ recipientUserId: ids.ada })).every((e) => e.recipientUserId === ids.ada)).toBe(true);
    expect((await log({ reason: "not_in_group" })).length).toBeGreaterThan(0);
    expect((await log({ reason: "not_in_group" })).every((e) => e.reason === "not_in_group")).toBe(true);
    expect((await log({ channel: "web_push" })).every((e) => e.channel === "web_push")).toBe(true);
    expect((await log({ status: "pending" })).every((e) => e.status === "pending")).toBe(true);
    expect(await log({ eventType: "visit.started" })).toEqual([]);
    const first = await log({ conversationId: conversationIds[0] });
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((e) => e.conversationId === conversationIds[0])).toBe(true);
  });

  it("pages by cursor without gaps or repeats", async () => {
    const all = (await listDeliveryLog(conn.db, workspaceId, {}, { limit: 1000 })).entries.map((e) => e.id);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listDeliveryLog(conn.db, workspaceId, {}, { after, limit: 3 });
      seen.push(...page.entries.map((e) => e.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toEqual(all);
  });

  it("never shows another workspace's decisions, even through a cursor", async () => {
    const other = await workspaceOfSize(conn.db, 2);
    expect((await listDeliveryLog(conn.db, other.workspaceId, {})).entries).toEqual([]);
    const [mine] = (await listDeliveryLog(conn.db, workspaceId, {})).entries;
    expect((await listDeliveryLog(conn.db, other.workspaceId, {}, { after: mine.id })).entries).toEqual([]);
  });
});
