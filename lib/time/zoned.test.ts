import { describe, expect, it } from "vitest";
import { instantAt, isSameLocalDay, tomorrowAt, wallClockAt } from "./zoned";

describe("wallClockAt", () => {
  it("reads the wall clock in a named zone", () => {
    expect(wallClockAt(new Date("2026-07-01T12:34:56Z"), "Europe/Rome")).toEqual({
      year: 2026,
      month: 7,
      day: 1,
      hour: 14,
      minute: 34,
      second: 56,
    });
  });
});

describe("instantAt", () => {
  it("finds the instant of a wall-clock time in summer and in winter", () => {
    const clock = { year: 2026, month: 7, day: 1, hour: 9, minute: 0 };
    expect(instantAt(clock, "America/New_York").toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(instantAt({ ...clock, month: 1 }, "America/New_York").toISOString()).toBe(
      "2026-01-01T14:00:00.000Z",
    );
  });

  it("handles zones with non-hour offsets", () => {
    const clock = { year: 2026, month: 3, day: 10, hour: 9, minute: 0 };
    expect(instantAt(clock, "Asia/Kolkata").toISOString()).toBe("2026-03-10T03:30:00.000Z");
  });

  it("treats UTC as UTC", () => {
    const clock = { year: 2026, month: 11, day: 22, hour: 9, minute: 0 };
    expect(instantAt(clock, "UTC").toISOString()).toBe("2026-11-22T09:00:00.000Z");
  });
});

describe("tomorrowAt", () => {
  it("is 9:00 on the next local day, not the next UTC day", () => {
    // 23:30 UTC on 21 Nov is already 22 Nov 08:30 in Tokyo: tomorrow there is 23 Nov.
    const now = new Date("2026-11-21T23:30:00Z");
    expect(tomorrowAt(now, "Asia/Tokyo", 9).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    // …and still 21 Nov in Los Angeles: tomorrow there is 22 Nov.
    expect(tomorrowAt(now, "America/Los_Angeles", 9).toISOString()).toBe("2026-11-22T17:00:00.000Z");
  });

  it("crosses a daylight-saving change (Europe moves clocks back on 25 Oct 2026)", () => {
    const now = new Date("2026-10-24T20:00:00Z"); // 22:00 in Paris, summer time
    expect(tomorrowAt(now, "Europe/Paris", 9).toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  it("crosses a month end", () => {
    const now = new Date("2026-11-30T12:00:00Z");
    expect(tomorrowAt(now, "Europe/London", 9).toISOString()).toBe("2026-12-01T09:00:00.000Z");
  });
});

describe("isSameLocalDay", () => {
  it("compares calendar days in the zone", () => {
    const a = new Date("2026-11-21T22:00:00Z");
    const b = new Date("2026-11-21T23:30:00Z");
    expect(isSameLocalDay(a, b, "UTC")).toBe(true);
    expect(isSameLocalDay(a, b, "Europe/Paris")).toBe(false);
  });
});
