import { describe, expect, it } from "vitest";
import { effectiveStatus, isDoNotDisturb } from "./effective-status";

const now = new Date("2026-11-21T12:00:00Z");
const at = (iso: string) => new Date(iso);

describe("effectiveStatus", () => {
  it("is available when the member is available", () => {
    expect(effectiveStatus({ status: "available", dndUntil: null }, now)).toEqual({ status: "available" });
  });

  it("ignores a leftover end time on an available member", () => {
    expect(effectiveStatus({ status: "available", dndUntil: at("2026-11-21T13:00:00Z") }, now)).toEqual({
      status: "available",
    });
  });

  it("is Do Not Disturb with no end when turned on until turned off", () => {
    expect(effectiveStatus({ status: "dnd", dndUntil: null }, now)).toEqual({ status: "dnd", until: null });
  });

  it("is Do Not Disturb until its end while the end is in the future", () => {
    const until = at("2026-11-21T12:00:01Z");
    expect(effectiveStatus({ status: "dnd", dndUntil: until }, now)).toEqual({ status: "dnd", until });
  });

  it("counts a Do Not Disturb that ended as available", () => {
    expect(effectiveStatus({ status: "dnd", dndUntil: at("2026-11-21T11:59:59Z") }, now)).toEqual({
      status: "available",
    });
  });

  it("counts a Do Not Disturb ending exactly now as available", () => {
    expect(isDoNotDisturb({ status: "dnd", dndUntil: now }, now)).toBe(false);
  });
});
