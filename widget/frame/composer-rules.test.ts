import { describe, expect, it } from "vitest";
import { checkDraft, MAX_MESSAGE_CHARS, sendErrorText } from "./composer-rules";

describe("checkDraft", () => {
  it("sends trimmed text and refuses blank drafts", () => {
    expect(checkDraft("  hello \n")).toMatchObject({ body: "hello", canSend: true, counter: "" });
    expect(checkDraft(" \n\t ").canSend).toBe(false);
  });

  it("shows a counter near the limit", () => {
    expect(checkDraft("a".repeat(4499)).counter).toBe("");
    expect(checkDraft("a".repeat(4500)).counter).toBe("4,500 / 5,000");
  });

  it("allows exactly the limit after trimming, refuses beyond", () => {
    expect(checkDraft(` ${"a".repeat(MAX_MESSAGE_CHARS)} `)).toMatchObject({ canSend: true, tooLong: false });
    expect(checkDraft("a".repeat(MAX_MESSAGE_CHARS + 1))).toMatchObject({
      canSend: false,
      tooLong: true,
      counter: "5,001 / 5,000",
    });
  });
});

describe("sendErrorText", () => {
  it("shows the API's message for a 4xx", () => {
    const answer = { error: { code: "BAD_REQUEST", message: "The message is empty." } };
    expect(sendErrorText(400, answer)).toBe("The message is empty.");
    expect(sendErrorText(404, null)).toBe("Your message could not be sent.");
  });

  it("per-workspace caps: the widget shows Too many requests, try again shortly (with Retry-After)", () => {
    expect(sendErrorText(429, null, "12")).toBe("Too many requests, try again shortly (in 12 s).");
    expect(sendErrorText(429, null, null)).toBe("Too many requests, try again shortly.");
  });

  it("asks to reload on an expired session, and to retry on network or server errors", () => {
    expect(sendErrorText(401, null)).toContain("Reload the page");
    expect(sendErrorText(null, null)).toContain("Check your connection");
    expect(sendErrorText(503, null)).toContain("Check your connection");
  });
});
