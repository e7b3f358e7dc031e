import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { setAccountBasedRouting } from "@/db/queries/account-source-settings";
import { createAccount } from "@/db/queries/accounts";
import { upsertAgentTab } from "@/db/queries/agent-tabs";
import { memberships } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { countingDb } from "@/test/query-counter";
import { workspaceOfSize } from "@/test/workspace-of-size";
import { conversationCreated, slaEvent, visitStarted } from "../events/domain-events";
import { loadSnapshot } from "./load-snapshot";

let conn: Connection;
beforeAll(async () => {
  conn = await createTestDb();
});
afterAll(() => conn.close());

describe("loadSnapshot", () => {
  it("costs the same number of queries for 10, 100 and 1,000 members", async () => {
    const counter = countingDb(conn);
    const counts: number[] = [];
    for (const size of [10, 100, 1000]) {
      const w = await workspaceOfSize(conn.db, size);
      counter.reset();
      const snapshot = await loadSnapshot(counter.db, conversationCreated(w, new Date()), new Date());
      counts.push(counter.count());
      expect(snapshot.members).toHaveLength(size);
      expect(snapshot.conversation?.group?.memberIds).toHaveLength(size);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts).size).toBe(1);
  });

  it("stays constant with the account, availability schedules and SLA clock filled in", async () => {
    const counter = countingDb(conn);
    const counts: number[] = [];
    for (const size of [10, 100, 1000]) {
      const w = await workspaceOfSize(conn.db, size);
      const account = await createAccount(conn.db, w.workspaceId, {
        name: "Size",
        domains: ["size.test"],
        target: false,
      });
      await setAccountBasedRouting(conn.db, w.workspaceId, true);
      const now = new Date();
      const visit = visitStarted({ ...w, visitId: randomUUID() }, now);
      const warning = slaEvent("sla.warning", { ...w, target: "first_response", dueAt: now });
      counter.reset();
      const snapshot = await loadSnapshot(counter.db, visit, now);
      await loadSnapshot(counter.db, warning, now);
      counts.push(counter.count());
      expect(snapshot.account?.id).toBe(account.id);
      expect(snapshot.integrations.accountBasedRouting).toBe(true);
    }
    expect(new Set(counts).size).toBe(1);
  });

  it("fills defaults where nothing is stored: LV3/LV4 on, away without an open app, available", async () => {
    const w = await workspaceOfSize(conn.db, 2);
    const s = await loadSnapshot(conn.db, conversationCreated(w, new Date()), new Date());
    expect(s.workspace.liveViewNotifications).toBe(true);
    expect(s.members.every((m) => m.liveViewNotifications && m.availability === "available")).toBe(true);
    expect(s.members.every((m) => m.presence.state === "away")).toBe(true);
    expect(s.visitor?.email).toBe("v@size.test");
    expect(s.conversation?.visitorEverReplied).toBe(false);
  });

  it("fills AS1 onSupervisorDashboard from live, visible tabs showing /supervisor, at no extra query", async () => {
    const counter = countingDb(conn);
    const counts: number[] = [];
    for (const size of [10, 100, 1000]) {
      const w = await workspaceOfSize(conn.db, size);
      const people = await conn.db
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(eq(memberships.workspaceId, w.workspaceId));
      const now = new Date();
      const tab = (userId: string, tabId: string, signals: Partial<Parameters<typeof upsertAgentTab>[1]>) =>
        upsertAgentTab(conn.db, {
          workspaceId: w.workspaceId,
          userId,
          tabId,
          visible: true,
          focused: true,
          conversationId: null,
          page: "supervisor",
          lastInputAt: now,
          reportedAt: now,
          ...signals,
        });
      const [onIt, hidden, stale, elsewhere] = people.map((p) => p.userId);
      await tab(onIt, "t-on", {});
      await tab(hidden, "t-hidden", { visible: false, focused: false });
      await tab(stale, "t-stale", { reportedAt: new Date(now.getTime() - 60_000) });
      await tab(elsewhere, "t-inbox", { page: null });
      counter.reset();
      const s = await loadSnapshot(counter.db, conversationCreated(w, now), now);
      counts.push(counter.count());
      const onDashboard = s.members.filter((m) => m.onSupervisorDashboard).map((m) => m.userId);
      expect(onDashboard).toEqual([onIt]);
    }
    expect(new Set(counts).size).toBe(1);
  });
});
