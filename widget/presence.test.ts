// The loader's state machine emits one report per transition and none while idle-and-unchanged (issue 14).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE_MS, presenceTracker } from "./presence";

let reports: [hidden: boolean, idle: boolean][];
const tracker = (hidden = false) => presenceTracker(report, hidden);
const report = (s: { hidden: boolean; idle: boolean }) => reports.push([s.hidden, s.idle]);

beforeEach(() => {
  vi.useFakeTimers();
  reports = [];
});
afterEach(() => vi.useRealTimers());

describe("loader presence", () => {
  it("reports nothing for a visible page read for an hour with input throughout", () => {
    const t = tracker();
    t.pageview();
    for (let s = 0; s < 3600; s += 10) {
      vi.advanceTimersByTime(10_000);
      t.input();
    }
    expect(reports).toEqual([]);
  });

  it("reports idle once after 270 s without input, then nothing while idle, then active at the next input", () => {
    const t = tracker();
    t.pageview();
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reports).toEqual([[false, true]]);
    expect(vi.getTimerCount()).toBe(0); // idle and unchanged: no timer, no request
    vi.advanceTimersByTime(3_600_000);
    expect(reports).toHaveLength(1);
    t.input();
    t.input();
    expect(reports).toEqual([
      [false, true],
      [false, false],
    ]);
  });

  it("reports hidden and visible once each; coming back counts as activity", () => {
    const t = tracker();
    t.pageview();
    t.visibility(true);
    t.visibility(true);
    vi.advanceTimersByTime(IDLE_MS); // idle while hidden: one report of the change
    t.visibility(false);
    expect(reports).toEqual([
      [true, false],
      [true, true],
      [false, false],
    ]);
  });

  it("a page loaded in a background tab reports hidden right after its page view", () => {
    const t = tracker(true);
    t.pageview();
    expect(reports).toEqual([[true, false]]);
    t.pageview(); // an SPA navigation: the server is reset to visible, so hidden is said again
    expect(reports).toEqual([
      [true, false],
      [true, false],
    ]);
  });
});
