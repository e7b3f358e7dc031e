import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { listPageViews } from "@/db/queries/visits";
import { visitors, visits } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { countingDb } from "@/test/query-counter";
import { tokenWorkspaceOf } from "@/test/token-workspace";
import { startSession } from "./session";
import { verifyVisitorToken } from "./visitor-token";
import { recordLeave, recordPageView, recordPresenceReport } from "./visits";

let conn: Connection;
let workspaceId: string;
const tokenWorkspace = () => tokenWorkspaceOf(conn.db, workspaceId);
const MIN = 60_000;
const t0 = new Date("2026-11-02T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

const newVisitor = async () => ({
  workspaceId,
  visitorId: (await startSession(conn.db, workspaceId, null)).visitorId,
});
const visitRow = async (visitId: string) =>
  (await conn.db.select().from(visits).where(eq(visits.id, visitId)))[0];

describe("session", () => {
  it("creates an anonymous visitor with a token for this workspace and the realtime options", async () => {
    const session = await startSession(conn.db, workspaceId, null);
    expect(verifyVisitorToken(await tokenWorkspace(), session.token)).toBe(session.visitorId);
    expect(session).toMatchObject({ visitor: { name: null, email: null }, conversationId: null });
    expect(session.realtime.key).toBeTruthy();
    const [row] = await conn.db.select().from(visitors).where(eq(visitors.id, session.visitorId));
    expect(row.workspaceId).toBe(workspaceId);
  });

  it("returns the same visitor for their token", async () => {
    const first = await startSession(conn.db, workspaceId, null);
    const again = await startSession(conn.db, workspaceId, first.visitorId);
    expect(again.visitorId).toBe(first.visitorId);
  });
});

describe("page views and visits", () => {
  it("continues the visit within 30 min of activity and starts a new one after", async () => {
    const visitor = await newVisitor();
    const first = await recordPageView(
      conn.db,
      visitor,
      { url: "https://globex.example/", title: "Home" },
      at(0),
    );
    const second = await recordPageView(conn.db, visitor, { url: "https://globex.example/pricing" }, at(29));
    expect(first.started).toBe(true);
    expect(second).toMatchObject({ visitId: first.visitId, started: false });
    expect(await visitRow(first.visitId)).toMatchObject({
      pageViews: 2,
      currentUrl: "https://globex.example/pricing",
    });
    expect(await listPageViews(conn.db, workspaceId, first.visitId)).toHaveLength(2);

    // The visitor leaves the tab in the background: their activity stops there.
    await recordPresenceReport(conn.db, visitor, { hidden: true, idle: false }, at(29));
    const third = await recordPageView(conn.db, visitor, { url: "https://globex.example/docs" }, at(29 + 31));
    expect(third.started).toBe(true);
    expect(third.visitId).not.toBe(first.visitId);
    expect((await visitRow(first.visitId)).endedAt).toEqual(at(29));
    expect(await visitRow(third.visitId)).toMatchObject({ pageViews: 1, endedAt: null });
  });

  // The heaviest widget call at scale (a navigation every 2 min per visitor): the next page of a visit still
  // going is one statement, then the Live Views row (bench/presence.ts with BENCH_PAGEVIEWS=1).
  it("the next page of a visit still going is written in one statement", async () => {
    const visitor = await newVisitor();
    const first = await recordPageView(conn.db, visitor, { url: "https://globex.example/" }, at(0));
    const counting = countingDb(conn);
    const next = await recordPageView(
      counting.db,
      visitor,
      { url: "https://globex.example/pricing", title: "Pricing" },
      at(5),
    );
    expect(counting.count()).toBe(2); // the page view, then the Live Views row
    expect(next).toMatchObject({ visitId: first.visitId, started: false, notifications: null });
    expect(next.publications[0]?.data).toMatchObject({
      pageViews: 2,
      currentUrl: "https://globex.example/pricing",
    });
    expect(await visitRow(first.visitId)).toMatchObject({
      pageViews: 2,
      currentTitle: "Pricing",
      lastActivityAt: at(5),
      lastHeartbeatAt: at(5),
      leftAt: null,
    });
    const views = await listPageViews(conn.db, workspaceId, first.visitId);
    expect(views.map((v) => [v.url, v.title, v.createdAt])).toEqual([
      ["https://globex.example/", null, at(0)],
      ["https://globex.example/pricing", "Pricing", at(5)],
    ]);
    const [row] = await conn.db.select().from(visitors).where(eq(visitors.id, visitor.visitorId));
    expect(row.lastSeenAt).toEqual(at(5));
  });

  it("page views arriving together continue one visit, each counted once", async () => {
    const visitor = await newVisitor();
    const first = await recordPageView(conn.db, visitor, { url: "https://globex.example/" }, at(0));
    const together = await Promise.all(
      [1, 2, 3].map((n) => recordPageView(conn.db, visitor, { url: `https://globex.example/${n}` }, at(n))),
    );
    expect(new Set(together.map((v) => v.visitId))).toEqual(new Set([first.visitId]));
    expect((await visitRow(first.visitId)).pageViews).toBe(4);
    expect(await listPageViews(conn.db, workspaceId, first.visitId)).toHaveLength(4);
  });

  it("publishes the Live Views row on the workspace channel", async () => {
    const visitor = await newVisitor();
    const { publications, visitId } = await recordPageView(
      conn.db,
      visitor,
      { url: "https://globex.example/" },
      at(0),
    );
    expect(publications).toHaveLength(1);
    expect(publications[0]).toMatchObject({
      channel: `private-workspace-${workspaceId}`,
      event: "visitor.updated",
      data: { visitorId: visitor.visitorId, visitId, pageViews: 1, currentUrl: "https://globex.example/" },
    });
  });
});

describe("presence reports", () => {
  it("publish only when Live Views would show a change: hidden, visible, idle, active again", async () => {
    const visitor = await newVisitor();
    await recordPageView(conn.db, visitor, { url: "https://globex.example/" }, at(0));
    const report = (minutes: number, hidden: boolean, idle: boolean) =>
      recordPresenceReport(conn.db, visitor, { hidden, idle }, at(minutes)).then((e) => e.publications ?? []);

    const hidden = await report(0.5, true, false);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ event: "visitor.updated", data: { pageHidden: true } });
    expect(await report(0.75, true, false)).toEqual([]); // unchanged (a repeated report is harmless)
    expect(await report(1, false, false)).toHaveLength(1); // visible again

    await recordLeave(conn.db, visitor, at(1.1));
    expect(await report(1.2, false, false)).toHaveLength(1); // came back (a reload says goodbye, then reports)

    const idle = await report(6, false, true); // the loader's 270 s timer: idle since 1.5 min
    expect(idle[0].data).toMatchObject({ idle: true, lastActivityAt: at(1.5).toISOString() });
    const back = await report(7, false, false);
    expect(back).toHaveLength(1);
    expect(back[0].data).toMatchObject({ idle: false, lastActivityAt: at(7).toISOString() });
  });

  it("an online visitor's visit goes on past 30 min without reports: they were active all along", async () => {
    const visitor = await newVisitor();
    const { visitId } = await recordPageView(conn.db, visitor, { url: "https://globex.example/" }, at(0));
    const next = await recordPageView(conn.db, visitor, { url: "https://globex.example/b" }, at(45));
    expect(next).toMatchObject({ visitId, started: false });
  });

  it("a visitor without a visit changes nothing; input after 30 min idle starts a new visit on that page", async () => {
    const visitor = await newVisitor();
    expect(await recordPresenceReport(conn.db, visitor, { hidden: false, idle: false }, at(0))).toEqual({
      publications: [],
    });
    const { visitId } = await recordPageView(conn.db, visitor, { url: "https://globex.example/docs" }, at(0));
    await recordPresenceReport(conn.db, visitor, { hidden: false, idle: true }, at(4.5));
    expect(await recordPresenceReport(conn.db, visitor, { hidden: false, idle: true }, at(40))).toEqual({
      publications: [],
    });
    const resumed =
      (await recordPresenceReport(conn.db, visitor, { hidden: false, idle: false }, at(41))).publications ??
      [];
    expect(resumed).toHaveLength(1);
    expect(resumed[0].data).toMatchObject({ currentUrl: "https://globex.example/docs", pageViews: 1 });
    expect(resumed[0].data).not.toMatchObject({ visitId });
    expect((await visitRow(visitId)).endedAt).not.toBeNull();
  });

  it("leave marks the visit left and tells Live Views", async () => {
    const visitor = await newVisitor();
    const { visitId } = await recordPageView(conn.db, visitor, { url: "https://globex.example/" }, at(0));
    const [left] = (await recordLeave(conn.db, visitor, at(1))).publications ?? [];
    expect(left.data).toMatchObject({ visitId, leftAt: at(1).toISOString() });
  });
});

describe("reports arriving together", () => {
  it("are written in one batch, each to its own visit; a second report of one visitor sees the first", async () => {
    const many = await Promise.all(Array.from({ length: 5 }, () => newVisitor()));
    for (const v of many) await recordPageView(conn.db, v, { url: "https://globex.example/" }, at(0));
    const [first] = many;
    const results = await Promise.all([
      ...many.map((v) => recordPresenceReport(conn.db, v, { hidden: true, idle: false }, at(0.5))),
      recordPresenceReport(conn.db, first, { hidden: false, idle: false }, at(0.5)),
    ]);
    // Every visitor went hidden (published); the first then came back (published again).
    expect(results.map((r) => r.publications?.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(results[5].publications?.[0].data).toMatchObject({
      visitorId: first.visitorId,
      pageHidden: false,
    });
    const rows = await conn.db.select().from(visits).where(eq(visits.visitorId, many[1].visitorId));
    expect(rows[0]).toMatchObject({ pageHidden: true, lastHeartbeatAt: at(0.5) });
  });
});
