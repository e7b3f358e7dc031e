import { describe, expect, it } from "vitest";
import type { Message } from "./transcript";
import { countUnread, laterOf } from "./unread";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
const msg = (minute: number, authorType: Message["authorType"]): Message => ({
  id: `${authorType}-${minute}`,
  conversationId: "c1",
  authorType,
  authorName: authorType === "agent" ? "Nadia" : null,
  body: "hi",
  kind: "text",
  createdAt: at(minute),
});

describe("countUnread", () => {
  it("counts agent messages when nothing was read", () => {
    expect(countUnread([msg(1, "agent"), msg(2, "system"), msg(3, "agent")], null)).toBe(2);
  });

  it("counts only agent messages after the last read", () => {
    expect(countUnread([msg(1, "agent"), msg(2, "agent"), msg(3, "agent")], at(2))).toBe(1);
  });

  it("treats the visitor's own message as having read what came before", () => {
    expect(countUnread([msg(1, "agent"), msg(2, "visitor"), msg(3, "agent")], null)).toBe(1);
    expect(countUnread([msg(1, "agent"), msg(2, "visitor")], null)).toBe(0);
  });

  it("is zero for an empty conversation", () => {
    expect(countUnread([], at(0))).toBe(0);
  });
});

describe("laterOf", () => {
  it("picks the later time, or whichever is set", () => {
    expect(laterOf(at(1), at(2))).toBe(at(2));
    expect(laterOf(at(3), at(2))).toBe(at(3));
    expect(laterOf(null, at(2))).toBe(at(2));
    expect(laterOf(at(1), null)).toBe(at(1));
    expect(laterOf(null, null)).toBeNull();
  });
});
