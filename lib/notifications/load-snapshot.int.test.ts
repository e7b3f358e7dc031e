import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { createTestDb } from "@/test/db";
import { countingDb } from "@/test/query-counter";
import { workspaceOfSize } from "@/test/workspace-of-size";
import { conversationCreated } from "./domain-events";
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

  it("fills defaults where nothing is stored: LV3/LV4 on, away without an open app, available", async () => {
    const w = await workspaceOfSize(conn.db, 2);
    const s = await loadSnapshot(conn.db, conversationCreated(w, new Date()), new Date());
    expect(s.workspace.liveViewNotifications).toBe(true);
    expect(s.members.every((m) => m.liveViewNotifications && m.availability === "available")).toBe(true);
    expect(s.members.every((m) => m.presence.state === "away")).toBe(true);
    expect(s.visitor?.email).toBe("v@size.test");
    expect(s.conversation?.visitorEverReplied).toBe(false);
  });
});
