import { describe, expect, it } from "vitest";
import { continuesVisit, type VisitorSignals, visitorPresence } from "./visitor-presence";

const now = new Date("2026-11-21T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const base: VisitorSignals = {
  lastActivityAt: ago(1_000),
  lastHeartbeatAt: ago(1_000),
  pageHidden: false,
  leftAt: null,
};

describe("visitor presence", () => {
  it("is online with recent activity and heartbeat on a visible page", () => {
    expect(visitorPresence(base, now)).toEqual({ state: "online" });
  });
  it("goes offline after 270 s without activity, not before", () => {
    expect(visitorPresence({ ...base, lastActivityAt: ago(270_000) }, now).state).toBe("online");
    expect(visitorPresence({ ...base, lastActivityAt: ago(270_001) }, now)).toEqual({
      state: "offline",
      reason: "idle",
    });
  });
  it("goes offline at once when the page is hidden", () => {
    expect(visitorPresence({ ...base, pageHidden: true }, now)).toEqual({
      state: "offline",
      reason: "hidden",
    });
  });
  it("goes offline when no heartbeat came for 60 s (left the site)", () => {
    expect(visitorPresence({ ...base, lastHeartbeatAt: ago(60_000) }, now).state).toBe("online");
    expect(visitorPresence({ ...base, lastHeartbeatAt: ago(60_001) }, now)).toEqual({
      state: "offline",
      reason: "left",
    });
  });
  it("treats a goodbye as leaving, unless a heartbeat came after it (a reload)", () => {
    expect(visitorPresence({ ...base, leftAt: ago(500) }, now)).toEqual({ state: "offline", reason: "left" });
    expect(visitorPresence({ ...base, leftAt: ago(2_000) }, now).state).toBe("online");
  });
});

describe("visits", () => {
  it("continue within 30 min of the last activity and end after", () => {
    expect(continuesVisit(ago(30 * 60_000), now)).toBe(true);
    expect(continuesVisit(ago(30 * 60_000 + 1), now)).toBe(false);
    expect(continuesVisit(null, now)).toBe(false);
  });
});
