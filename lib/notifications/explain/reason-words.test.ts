import { describe, expect, it } from "vitest";
import { reasonCodes } from "../planner/decision";
import { reasonWords } from "./reason-words";

describe("reasonWords", () => {
  it("X1: explains every one of the 21 reason codes, and nothing else", () => {
    expect(reasonCodes).toHaveLength(21);
    expect(Object.keys(reasonWords).sort()).toEqual([...reasonCodes].sort());
    for (const code of reasonCodes) expect(reasonWords[code].length).toBeGreaterThan(5);
  });
});
