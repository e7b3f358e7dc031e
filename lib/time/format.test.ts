import { describe, expect, it } from "vitest";
import { formatClockTime, formatDuration, formatShortTime } from "./format";

const now = new Date("2026-11-21T12:00:00Z");

describe("formatShortTime", () => {
  it("shows the time today, in the member's time zone", () => {
    expect(formatShortTime(new Date("2026-11-21T08:05:00Z"), "Europe/Paris", now)).toBe("09:05");
  });
  it("shows the day for earlier dates, with the year when not this year", () => {
    expect(formatShortTime(new Date("2026-11-20T08:05:00Z"), "Europe/Paris", now)).toBe("20 Nov");
    expect(formatShortTime(new Date("2025-03-02T08:05:00Z"), "Europe/Paris", now)).toBe("2 Mar 2025");
  });
  it("uses the member's day boundary, not UTC's", () => {
    // 23:30 UTC on the 20th is already the 21st in Tokyo.
    expect(formatShortTime(new Date("2026-11-20T23:30:00Z"), "Asia/Tokyo", now)).toBe("08:30");
  });
});

describe("formatClockTime and formatDuration", () => {
  it("formats clock times and durations", () => {
    expect(formatClockTime(new Date("2026-11-21T08:05:00Z"), "America/New_York")).toBe("03:05");
    expect(formatDuration(45_900)).toBe("45 s");
    expect(formatDuration(200_000)).toBe("3 min 20 s");
    expect(formatDuration(3_900_000)).toBe("1 h 05 min");
    expect(formatDuration(-5)).toBe("0 s");
  });
});
