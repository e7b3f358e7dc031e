// Agent presence from stored tab reports (RULES.md "Agent presence"): viewing > active > background > away.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import { deleteAgentTab, deleteAgentTabsReportedBefore, upsertAgentTab } from "@/db/queries/agent-tabs";
import { findMemberForUser, type Member } from "@/db/queries/members";
import { createWorkspace } from "@/db/queries/workspaces";
import { agentTabs, visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { agentPresenceOf } from "./agent-presence-store";
import { reportAgentTab } from "./report-agent-tab";

let conn: Connection;
let workspaceId: string;
let otherWorkspaceId: string;
let ids: Record<string, string>;
let conversationId: string;
let otherConversationId: string;
const now = new Date("2026-11-21T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

const report = (userId: string, tabId: string, signals: Partial<Parameters<typeof upsertAgentTab>[1]> = {}) =>
  upsertAgentTab(conn.db, {
    workspaceId,
    userId,
    tabId,
    visible: true,
    focused: true,
    conversationId: null,
    lastInputAt: ago(1_000),
    reportedAt: ago(1_000),
    ...signals,
  });

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
  otherWorkspaceId = (await createWorkspace(conn.db, "Elsewhere")).id;
  const [v] = await conn.db.insert(visitors).values({ workspaceId }).returning();
  conversationId = (await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "hi" }))
    .conversationId;
  const [w] = await conn.db.insert(visitors).values({ workspaceId: otherWorkspaceId }).returning();
  otherConversationId = (
    await postVisitorMessage(conn.db, { workspaceId: otherWorkspaceId, visitorId: w.id, body: "hi" })
  ).conversationId;
});
afterAll(() => conn.close());

describe("agentPresenceOf", () => {
  it("combines each agent's tabs, the most engaged live tab winning, in one query", async () => {
    await conn.db.delete(agentTabs);
    await report(ids.nadia, "n-hidden", { visible: false });
    await report(ids.nadia, "n-viewing", { conversationId });
    await report(ids.luca, "l-idle", { lastInputAt: ago(60_000) });
    await report(ids.luca, "l-active", { lastInputAt: ago(5_000) });
    await report(ids.matteo, "m-blurred", { focused: false });
    await report(ids.sam, "s-stale", { conversationId, reportedAt: ago(45_001) });
    await report(ids.sam, "s-just-live", { visible: false, reportedAt: ago(45_000) });

    const select = vi.spyOn(conn.db, "select");
    const presence = await agentPresenceOf(
      conn.db,
      workspaceId,
      [ids.nadia, ids.luca, ids.matteo, ids.sam, ids.ada],
      now,
    );
    expect(select).toHaveBeenCalledTimes(1);
    select.mockRestore();

    expect(presence.get(ids.nadia)).toEqual({ state: "viewing", conversationId });
    expect(presence.get(ids.luca)).toEqual({ state: "active" });
    expect(presence.get(ids.matteo)).toEqual({ state: "background" });
    expect(presence.get(ids.sam)).toEqual({ state: "background" });
    expect(presence.get(ids.ada)).toEqual({ state: "away" });
  });

  it("is away once the last tab is silent for more than 45 s or said goodbye", async () => {
    await conn.db.delete(agentTabs);
    await report(ids.nadia, "t1", { reportedAt: ago(46_000) });
    await report(ids.luca, "t2");
    await deleteAgentTab(conn.db, workspaceId, ids.luca, "t2");
    const presence = await agentPresenceOf(conn.db, workspaceId, [ids.nadia, ids.luca], now);
    expect(presence.get(ids.nadia)).toEqual({ state: "away" });
    expect(presence.get(ids.luca)).toEqual({ state: "away" });
  });

  it("takes a tab's newest report over its older one", async () => {
    await conn.db.delete(agentTabs);
    await report(ids.nadia, "t1", { conversationId });
    await report(ids.nadia, "t1", { visible: false });
    expect((await agentPresenceOf(conn.db, workspaceId, [ids.nadia], now)).get(ids.nadia)).toEqual({
      state: "background",
    });
  });

  it("ignores tabs reported in another workspace, and prunes only the caller's stale tabs", async () => {
    await conn.db.delete(agentTabs);
    await report(ids.nadia, "elsewhere", { workspaceId: otherWorkspaceId, conversationId: null });
    expect((await agentPresenceOf(conn.db, workspaceId, [ids.nadia], now)).get(ids.nadia)).toEqual({
      state: "away",
    });
    await report(ids.luca, "old", { reportedAt: ago(3_600_001) });
    await report(ids.luca, "fresh");
    await deleteAgentTabsReportedBefore(conn.db, otherWorkspaceId, ids.luca, ago(3_600_000));
    expect(await conn.db.select().from(agentTabs)).toHaveLength(3);
    await deleteAgentTabsReportedBefore(conn.db, workspaceId, ids.luca, ago(3_600_000));
    const left = await conn.db.select({ tabId: agentTabs.tabId }).from(agentTabs);
    expect(left.map((t) => t.tabId).sort()).toEqual(["elsewhere", "fresh"]);
  });

  it("answers an empty map for nobody without querying", async () => {
    const select = vi.spyOn(conn.db, "select");
    expect((await agentPresenceOf(conn.db, workspaceId, [], now)).size).toBe(0);
    expect(select).not.toHaveBeenCalled();
    select.mockRestore();
  });
});

describe("reportAgentTab", () => {
  const tab = { tabId: "tab-0001", visible: true, focused: true, conversationId: null, msSinceInput: 4_000 };

  it("stores the last input in the server's clock, and forgets a tab that said goodbye", async () => {
    await conn.db.delete(agentTabs);
    const nadia = (await findMemberForUser(conn.db, ids.nadia)) as Member;
    await reportAgentTab(conn.db, nadia, { ...tab, conversationId }, now);
    const [row] = await conn.db.select().from(agentTabs);
    expect(row).toMatchObject({ conversationId, reportedAt: now, lastInputAt: ago(4_000) });
    expect((await agentPresenceOf(conn.db, workspaceId, [ids.nadia], now)).get(ids.nadia)).toEqual({
      state: "viewing",
      conversationId,
    });
    await reportAgentTab(conn.db, nadia, { tabId: tab.tabId, gone: true }, now);
    expect(await conn.db.select().from(agentTabs)).toEqual([]);
  });

  it("does not count viewing another workspace's conversation", async () => {
    await conn.db.delete(agentTabs);
    const nadia = (await findMemberForUser(conn.db, ids.nadia)) as Member;
    await reportAgentTab(conn.db, nadia, { ...tab, conversationId: otherConversationId }, now);
    const [row] = await conn.db.select().from(agentTabs);
    expect(row.conversationId).toBeNull();
  });

  it("stores the page a tab shows (AS1), none when an older tab does not say", async () => {
    await conn.db.delete(agentTabs);
    const sam = (await findMemberForUser(conn.db, ids.sam)) as Member;
    await reportAgentTab(conn.db, sam, { ...tab, page: "supervisor" }, now);
    expect((await conn.db.select().from(agentTabs))[0].page).toBe("supervisor");
    await reportAgentTab(conn.db, sam, tab, now);
    expect((await conn.db.select().from(agentTabs))[0].page).toBeNull();
  });
});
