import { describe, expect, it } from "vitest";
import { availabilityOf, isOffSchedule, type WeeklySchedule } from "./schedule";

const h = (hours: number, minutes = 0) => hours * 60 + minutes;
// Mon–Fri 09:00–17:00, plus Friday night 22:00–02:00 (overnight into Saturday).
const week: WeeklySchedule = {
  enabled: true,
  intervals: [
    ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: h(9), end: h(17) })),
    { weekday: 5, start: h(22), end: h(2) },
  ],
};

describe("isOffSchedule", () => {
  it.each([
    ["Monday 09:00 in Paris (summer, UTC+2)", "2026-06-01T07:00:00Z", "Europe/Paris", false],
    ["Monday 08:59 in Paris", "2026-06-01T06:59:00Z", "Europe/Paris", true],
    ["Monday 17:00 in Paris: the end is exclusive", "2026-06-01T15:00:00Z", "Europe/Paris", true],
    ["Sunday noon", "2026-06-07T10:00:00Z", "Europe/Paris", true],
    ["Friday 23:30, inside the overnight interval", "2026-06-05T21:30:00Z", "Europe/Paris", false],
    ["Saturday 01:59, still inside Friday night", "2026-06-05T23:59:00Z", "Europe/Paris", false],
    ["Saturday 02:00, after Friday night", "2026-06-06T00:00:00Z", "Europe/Paris", true],
    ["Monday 09:00 in New York is 13:00 UTC in summer", "2026-06-01T13:00:00Z", "America/New_York", false],
    ["Monday 08:00 in New York", "2026-06-01T12:00:00Z", "America/New_York", true],
    ["Monday 09:00 in Paris in winter (UTC+1)", "2026-01-05T08:00:00Z", "Europe/Paris", false],
    ["Monday 08:30 in Paris in winter", "2026-01-05T07:30:00Z", "Europe/Paris", true],
  ])("%s", (_case, iso, zone, off) => {
    expect(isOffSchedule(week, zone, new Date(iso))).toBe(off);
  });

  // Europe/London springs forward on Sunday 29 March 2026 (01:00 → 02:00) and falls back on 25 October.
  const sunday: WeeklySchedule = { enabled: true, intervals: [{ weekday: 0, start: h(1, 30), end: h(3) }] };
  it.each([
    ["spring forward: 00:59 GMT is before the interval", "2026-03-29T00:59:00Z", true],
    ["spring forward: 01:00 UTC shows 02:00 BST, inside", "2026-03-29T01:00:00Z", false],
    ["spring forward: 02:00 UTC shows 03:00 BST, the end", "2026-03-29T02:00:00Z", true],
    ["fall back: 00:30 UTC shows 01:30 BST, inside", "2026-10-25T00:30:00Z", false],
    ["fall back: 01:30 UTC shows 01:30 GMT again, inside", "2026-10-25T01:30:00Z", false],
    ["fall back: 03:00 UTC shows 03:00 GMT, the end", "2026-10-25T03:00:00Z", true],
  ])("DST in London — %s", (_case, iso, off) => {
    expect(isOffSchedule(sunday, "Europe/London", new Date(iso))).toBe(off);
  });

  it("never off schedule without a schedule or with a disabled one", () => {
    const sundayNoon = new Date("2026-06-07T12:00:00Z");
    expect(isOffSchedule(null, "UTC", sundayNoon)).toBe(false);
    expect(isOffSchedule({ ...week, enabled: false }, "UTC", sundayNoon)).toBe(false);
  });

  it("an enabled schedule without intervals is always off schedule", () => {
    expect(isOffSchedule({ enabled: true, intervals: [] }, "UTC", new Date("2026-06-01T10:00:00Z"))).toBe(
      true,
    );
  });

  it("an interval ending at midnight (end 1440) covers the last minute of the day", () => {
    const late: WeeklySchedule = { enabled: true, intervals: [{ weekday: 1, start: h(20), end: 1440 }] };
    expect(isOffSchedule(late, "UTC", new Date("2026-06-01T23:59:00Z"))).toBe(false);
    expect(isOffSchedule(late, "UTC", new Date("2026-06-02T00:00:00Z"))).toBe(true);
  });
});

describe("availabilityOf", () => {
  const sundayNoon = new Date("2026-06-07T10:00:00Z"); // off schedule in Paris
  const mondayTen = new Date("2026-06-01T08:00:00Z"); // on schedule in Paris
  const paris = { timeZone: "Europe/Paris", dndUntil: null };
  it.each([
    ["LV5: DND wins over being off schedule", { ...paris, status: "dnd" as const }, sundayNoon, "dnd"],
    ["LV5: DND inside the schedule", { ...paris, status: "dnd" as const }, mondayTen, "dnd"],
    [
      "LV5: off schedule when available outside hours",
      { ...paris, status: "available" as const },
      sundayNoon,
      "off_schedule",
    ],
    ["available inside the schedule", { ...paris, status: "available" as const }, mondayTen, "available"],
    [
      "an ended DND falls back to the schedule",
      { ...paris, status: "dnd" as const, dndUntil: new Date("2026-06-01T07:00:00Z") },
      mondayTen,
      "available",
    ],
  ])("%s", (_case, member, now, expected) => {
    expect(availabilityOf(member, week, now)).toBe(expected);
  });
});
