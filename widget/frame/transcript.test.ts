import { describe, expect, it } from "vitest";
import { layoutTranscript, type Message, mergeMessages, seenMessageId } from "./transcript";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
const msg = (
  id: string,
  minute: number,
  authorType: Message["authorType"] = "visitor",
  authorName: string | null = null,
): Message => ({
  id,
  conversationId: "c1",
  authorType,
  authorName,
  body: `body ${id}`,
  kind: "text",
  createdAt: at(minute),
});

describe("mergeMessages", () => {
  it("keeps one copy per id, oldest first, whatever the arrival order", () => {
    const fetched = [msg("b", 2), msg("a", 1)];
    const merged = mergeMessages(fetched, [msg("c", 3), msg("a", 1)]);
    expect(merged.map((m) => m.id)).toEqual(["a", "b", "c"]);
  });

  it("orders messages with the same time by id and does not mutate its input", () => {
    const current = [msg("y", 1)];
    const merged = mergeMessages(current, [msg("x", 1)]);
    expect(merged.map((m) => m.id)).toEqual(["x", "y"]);
    expect(current.map((m) => m.id)).toEqual(["y"]);
  });

  it("takes the newest copy of a message", () => {
    const edited = { ...msg("a", 1), body: "edited" };
    expect(mergeMessages([msg("a", 1)], [edited])[0].body).toBe("edited");
  });
});

describe("layoutTranscript", () => {
  it("names the agent on the first message of a run, never the visitor", () => {
    const rows = layoutTranscript([
      msg("1", 0),
      msg("2", 1, "agent", "Nadia"),
      msg("3", 2, "agent", "Nadia"),
      msg("4", 3, "agent", "Omar"),
      msg("5", 4),
      msg("6", 5, "agent", "Omar"),
    ]);
    expect(rows.map((r) => r.showAuthor)).toEqual([false, true, false, true, false, true]);
  });

  it("names the agent again after a long pause", () => {
    const rows = layoutTranscript([msg("1", 0, "agent", "Nadia"), msg("2", 10, "agent", "Nadia")]);
    expect(rows.map((r) => r.showAuthor)).toEqual([true, true]);
  });
});

describe("seenMessageId", () => {
  const messages = [msg("1", 0), msg("2", 1, "agent", "Nadia"), msg("3", 2)];

  it("is the visitor's last message once an agent read after it", () => {
    expect(seenMessageId(messages, at(3))).toBe("3");
    expect(seenMessageId(messages, at(2))).toBe("3");
  });

  it("is null before that, or without a read", () => {
    expect(seenMessageId(messages, at(1))).toBeNull();
    expect(seenMessageId(messages, null)).toBeNull();
    expect(seenMessageId([msg("2", 1, "agent", "Nadia")], at(5))).toBeNull();
  });
});

describe("the Collect information form (SK8)", () => {
  it("SK8: shows the form until the visitor's answer follows it", () => {
    const request: Message = { ...msg("r", 1, "agent", "Nadia"), kind: "contact_request" };
    const answer: Message = { ...msg("s", 2), kind: "contact_answer" };
    expect(layoutTranscript([request]).map((r) => r.answered)).toEqual([false]);
    expect(layoutTranscript([request, msg("t", 2)]).map((r) => r.answered)).toEqual([false, false]);
    expect(layoutTranscript([request, answer]).map((r) => r.answered)).toEqual([true, false]);
  });
});
