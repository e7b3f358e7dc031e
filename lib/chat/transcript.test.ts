import { describe, expect, it } from "vitest";
import { lastSeenAgentMessageId, laterOf, mergeMessages, type TranscriptMessage } from "./transcript";

const msg = (
  id: string,
  at: string,
  authorType: TranscriptMessage["authorType"] = "agent",
): TranscriptMessage => ({
  id,
  conversationId: "c",
  authorType,
  authorName: authorType === "agent" ? "Nadia" : null,
  body: id,
  kind: "text",
  createdAt: `2026-11-21T12:00:${at}.000Z`,
});

describe("transcript", () => {
  it("merges live messages into the loaded ones once each, in time order", () => {
    const loaded = [msg("a", "01", "visitor"), msg("b", "02")];
    const merged = mergeMessages(loaded, [msg("c", "03", "visitor"), msg("b", "02")]);
    expect(merged.map((m) => m.id)).toEqual(["a", "b", "c"]);
    expect(mergeMessages(merged, [msg("0", "00")]).map((m) => m.id)).toEqual(["0", "a", "b", "c"]);
  });
  it("puts Seen under the newest agent message read by the visitor", () => {
    const messages = [msg("a", "01"), msg("b", "02", "visitor"), msg("c", "03"), msg("d", "05")];
    expect(lastSeenAgentMessageId(messages, null)).toBeNull();
    expect(lastSeenAgentMessageId(messages, "2026-11-21T12:00:04.000Z")).toBe("c");
    expect(lastSeenAgentMessageId(messages, "2026-11-21T12:00:00.000Z")).toBeNull();
    expect(
      lastSeenAgentMessageId([{ ...msg("n", "01"), internal: true }], "2026-11-21T12:00:09.000Z"),
    ).toBeNull();
  });
  it("keeps the later of two read times", () => {
    expect(laterOf(null, "2026-11-21T12:00:00Z")).toBe("2026-11-21T12:00:00Z");
    expect(laterOf("2026-11-21T12:00:01Z", "2026-11-21T12:00:00Z")).toBe("2026-11-21T12:00:01Z");
  });
});
