import { describe, expect, it } from "vitest";
import { statusLabel } from "./status-label";

const now = new Date("2026-11-21T13:30:00Z");

describe("statusLabel", () => {
  it("names Available", () => {
    expect(statusLabel({ status: "available" }, "UTC", now)).toBe("Available");
  });

  it("names a Do Not Disturb without an end", () => {
    expect(statusLabel({ status: "dnd", until: null }, "UTC", now)).toBe("Do Not Disturb");
  });

  it("shows the end as a 24-hour clock time in the member's time zone when it is today", () => {
    const until = new Date("2026-11-21T14:30:00Z");
    expect(statusLabel({ status: "dnd", until }, "UTC", now)).toBe("Do Not Disturb until 14:30");
    expect(statusLabel({ status: "dnd", until }, "Europe/Rome", now)).toBe("Do Not Disturb until 15:30");
  });

  it("says tomorrow when the end is on the next local day", () => {
    const until = new Date("2026-11-22T09:00:00Z");
    expect(statusLabel({ status: "dnd", until }, "UTC", now)).toBe("Do Not Disturb until tomorrow 09:00");
  });

  it("gives the date when the end is further away", () => {
    const until = new Date("2026-11-24T09:00:00Z");
    expect(statusLabel({ status: "dnd", until }, "UTC", now)).toBe("Do Not Disturb until 24 Nov 09:00");
  });
});
