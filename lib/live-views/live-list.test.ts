import { describe, expect, it } from "vitest";
import type { LiveVisitorPayload } from "@/lib/realtime/events";
import { liveVisitorsAt, presenceAt, upsertLiveVisitor } from "./live-list";

const now = Date.parse("2026-11-21T12:00:00Z");
const iso = (msAgo: number) => new Date(now - msAgo).toISOString();
const row = (visitId: string, over: Partial<LiveVisitorPayload> = {}): LiveVisitorPayload => ({
  visitorId: `v-${visitId}`,
  visitId,
  name: null,
  email: null,
  company: null,
  currentUrl: "https://acme.example/",
  currentTitle: "Acme",
  pageViews: 1,
  startedAt: iso(120_000),
  lastActivityAt: iso(10_000),
  lastHeartbeatAt: iso(5_000),
  pageHidden: false,
  idle: false,
  leftAt: null,
  ...over,
});

describe("Live Views list", () => {
  it("adds a new visit and replaces a known one by visit id", () => {
    const rows = upsertLiveVisitor([row("a")], row("b"));
    expect(rows.map((r) => r.visitId)).toEqual(["a", "b"]);
    const updated = upsertLiveVisitor(rows, row("a", { pageViews: 3, lastHeartbeatAt: iso(1_000) }));
    expect(updated.find((r) => r.visitId === "a")?.pageViews).toBe(3);
    expect(updated).toHaveLength(2);
  });
  it("ignores an update older than the row it has", () => {
    const rows = [row("a", { lastHeartbeatAt: iso(1_000), pageViews: 5 })];
    expect(upsertLiveVisitor(rows, row("a", { lastHeartbeatAt: iso(9_000), pageViews: 4 }))).toBe(rows);
  });
  it("puts known visitors first, then the most recently active, and drops visits idle for 30 min", () => {
    const rows = [
      row("anon-recent", { lastActivityAt: iso(1_000) }),
      row("known-older", { email: "jane@globex.example", lastActivityAt: iso(60_000) }),
      row("anon-older", { lastActivityAt: iso(30_000) }),
      row("gone", { email: "bob@initech.example", lastActivityAt: iso(30 * 60_000 + 1), idle: true }),
      // Online: active until now, however old its last report (the loader reports changes only).
      row("reading", { lastActivityAt: iso(45 * 60_000) }),
    ];
    expect(liveVisitorsAt(rows, now).map((r) => r.visitId)).toEqual([
      "known-older",
      "anon-recent",
      "anon-older",
      "reading",
    ]);
  });
  it("computes online / offline from the signals the last event carried", () => {
    expect(presenceAt(row("a"))).toEqual({ state: "online" });
    expect(presenceAt(row("a", { idle: true }))).toEqual({ state: "offline", reason: "idle" });
    expect(presenceAt(row("a", { pageHidden: true }))).toEqual({ state: "offline", reason: "hidden" });
  });
});
