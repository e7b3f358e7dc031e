import { describe, expect, it } from "vitest";
import { isKnownTimeZone, supportedTimeZones } from "./time-zones";

describe("time zones", () => {
  it("lists UTC first and the IANA zones after it", () => {
    const zones = supportedTimeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Europe/Rome");
    expect(new Set(zones).size).toBe(zones.length);
  });

  it("knows real zones and refuses made-up ones", () => {
    expect(isKnownTimeZone("America/New_York")).toBe(true);
    expect(isKnownTimeZone("UTC")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownTimeZone("")).toBe(false);
  });
});
