import { describe, expect, it } from "vitest";
import {
  continuesVisit,
  lastActiveAt,
  presenceChange,
  signOfPage,
  type VisitorSignals,
  visitorPresence,
} from "./visitor-presence";

const now = new Date("2026-11-21T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const base: VisitorSignals = {
  lastActivityAt: ago(1_000),
  lastHeartbeatAt: ago(1_000),
  pageHidden: false,
  idle: false,
  leftAt: null,
};

describe("visitor presence", () => {
  it("is online on a visible, active page, however long ago the last report was", () => {
    expect(visitorPresence(base)).toEqual({ state: "online" });
    expect(visitorPresence({ ...base, lastHeartbeatAt: ago(3_600_000) })).toEqual({ state: "online" });
  });
  it("goes offline when the loader reports 270 s without input", () => {
    expect(visitorPresence({ ...base, idle: true })).toEqual({ state: "offline", reason: "idle" });
  });
  it("goes offline at once when the page is hidden", () => {
    expect(visitorPresence({ ...base, pageHidden: true })).toEqual({ state: "offline", reason: "hidden" });
  });
  it("treats a goodbye or a vacated channel as leaving, unless a sign of the page came after it", () => {
    expect(visitorPresence({ ...base, leftAt: ago(500) })).toEqual({ state: "offline", reason: "left" });
    expect(visitorPresence({ ...base, leftAt: ago(2_000) }).state).toBe("online");
  });
});

describe("presence transitions", () => {
  it("decides went_offline and came_online in one place, and whether Live Views changed", () => {
    expect(presenceChange(base, { ...base, pageHidden: true })).toMatchObject({
      transition: "went_offline",
      changed: true,
    });
    expect(presenceChange({ ...base, idle: true }, base)).toMatchObject({
      transition: "came_online",
      changed: true,
    });
    expect(presenceChange(base, { ...base, lastHeartbeatAt: now })).toMatchObject({
      transition: null,
      changed: false,
    });
    // Hidden then left: still offline, no second transition, but Live Views shows the new reason.
    const hidden = { ...base, pageHidden: true };
    expect(presenceChange(hidden, { ...hidden, leftAt: now })).toMatchObject({
      transition: null,
      changed: true,
    });
    expect(presenceChange(null, base)).toMatchObject({ transition: "came_online", changed: true });
  });
});

describe("signs of the page (goodbye, channel occupied / vacated)", () => {
  it("apply in any order: an older sign never undoes a newer one, a replay changes nothing", () => {
    const there = (at: Date) => ({ there: true, at });
    const gone = (at: Date) => ({ there: false, at });
    const vacatedLater = signOfPage(base, gone(ago(500)));
    expect(visitorPresence({ ...base, ...vacatedLater })).toEqual({ state: "offline", reason: "left" });
    expect(signOfPage(vacatedLater, gone(ago(500)))).toEqual(vacatedLater); // replayed
    const olderOccupied = signOfPage(vacatedLater, there(ago(800)));
    expect(visitorPresence({ ...base, ...olderOccupied })).toEqual({ state: "offline", reason: "left" });
    expect(visitorPresence({ ...base, ...signOfPage(vacatedLater, there(ago(100))) }).state).toBe("online");
    expect(signOfPage(base, gone(ago(2_000)))).toEqual({
      lastHeartbeatAt: base.lastHeartbeatAt,
      leftAt: null,
    });
  });
});

describe("visits", () => {
  it("continue within 30 min of the last activity and end after", () => {
    expect(continuesVisit(ago(30 * 60_000), now)).toBe(true);
    expect(continuesVisit(ago(30 * 60_000 + 1), now)).toBe(false);
    expect(continuesVisit(null, now)).toBe(false);
  });
  it("count an online visitor as active until now, an offline one as of their last activity", () => {
    const longAgo = ago(45 * 60_000);
    expect(lastActiveAt({ ...base, lastActivityAt: longAgo }, now)).toEqual(now);
    expect(lastActiveAt({ ...base, lastActivityAt: longAgo, idle: true }, now)).toEqual(longAgo);
  });
});
