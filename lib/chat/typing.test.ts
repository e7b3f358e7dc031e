import { describe, expect, it } from "vitest";
import { idleTypingSender, onKeystroke, onStopTyping, parseTypingEvent } from "./typing";

describe("typing sender", () => {
  it("says typing on the first key, then at most every 2 s", () => {
    const first = onKeystroke(idleTypingSender, 1_000);
    expect(first.send).toBe(true);
    expect(onKeystroke(first.next, 2_999).send).toBe(false);
    expect(onKeystroke(first.next, 3_000).send).toBe(true);
  });
  it("says stopped once, only after saying typing", () => {
    expect(onStopTyping(idleTypingSender, 0).send).toBe(false);
    const typing = onKeystroke(idleTypingSender, 0).next;
    const stopped = onStopTyping(typing, 500);
    expect(stopped.send).toBe(true);
    expect(onStopTyping(stopped.next, 600).send).toBe(false);
    expect(onKeystroke(stopped.next, 700).send).toBe(true);
  });
});

describe("parseTypingEvent", () => {
  it("accepts a well-formed event and refuses anything else", () => {
    expect(parseTypingEvent({ by: "visitor", name: null, typing: true })).toEqual({
      by: "visitor",
      name: null,
      typing: true,
    });
    expect(parseTypingEvent({ by: "robot", typing: true })).toBeNull();
    expect(parseTypingEvent({ by: "agent", typing: "yes" })).toBeNull();
    expect(parseTypingEvent("typing")).toBeNull();
  });
});
