import { describe, expect, it } from "vitest";
import { nextAssignee } from "./round-robin";

const team = (...ids: string[]) => ids.map((userId) => ({ userId, available: true }));

describe("round-robin assignment", () => {
  it("starts with the first member and rotates after the last one assigned", () => {
    expect(nextAssignee(team("a", "b", "c"), null)).toBe("a");
    expect(nextAssignee(team("a", "b", "c"), "a")).toBe("b");
    expect(nextAssignee(team("a", "b", "c"), "c")).toBe("a");
  });
  it("skips unavailable members", () => {
    const members = [...team("a"), { userId: "b", available: false }, ...team("c")];
    expect(nextAssignee(members, "a")).toBe("c");
  });
  it("leaves the conversation in the queue when nobody is available or the group is empty", () => {
    expect(nextAssignee([{ userId: "a", available: false }], null)).toBeNull();
    expect(nextAssignee([], null)).toBeNull();
  });
  it("starts over when the last assignee has left the group", () => {
    expect(nextAssignee(team("a", "b"), "gone")).toBe("a");
  });
});
