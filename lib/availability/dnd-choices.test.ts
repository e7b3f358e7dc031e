import { describe, expect, it } from "vitest";
import { availabilityFor } from "./dnd-choices";

const now = new Date("2026-11-21T15:10:00Z");

describe("availabilityFor", () => {
  it("Available clears any end time", () => {
    expect(availabilityFor("available", now, "UTC")).toEqual({ status: "available", dndUntil: null });
  });

  it("for 1 hour ends an hour from now", () => {
    expect(availabilityFor("dnd_for_an_hour", now, "Europe/Rome")).toEqual({
      status: "dnd",
      dndUntil: new Date("2026-11-21T16:10:00Z"),
    });
  });

  it("until tomorrow ends at 9:00 tomorrow in the member's time zone", () => {
    expect(availabilityFor("dnd_until_tomorrow", now, "America/New_York")).toEqual({
      status: "dnd",
      dndUntil: new Date("2026-11-22T14:00:00Z"),
    });
  });

  it("until turned off has no end", () => {
    expect(availabilityFor("dnd_until_turned_off", now, "UTC")).toEqual({ status: "dnd", dndUntil: null });
  });
});
