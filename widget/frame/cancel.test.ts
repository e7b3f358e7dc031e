import { describe, expect, it } from "vitest";
import { HttpError } from "./api";
import { cancelErrorText, isPendingRequest } from "./cancel";
import type { Message } from "./transcript";

const message = (authorType: Message["authorType"]): Message => ({
  id: `m-${authorType}`,
  conversationId: "c1",
  authorType,
  authorName: null,
  body: "hi",
  kind: "text",
  createdAt: "2025-01-01T00:00:00.000Z",
});

describe("isPendingRequest", () => {
  it("is pending while open with only the visitor's messages", () => {
    expect(isPendingRequest(false, [message("visitor")])).toBe(true);
  });
  it("is not pending once an agent wrote, when closed, or before any message", () => {
    expect(isPendingRequest(false, [message("visitor"), message("agent")])).toBe(false);
    expect(isPendingRequest(true, [message("visitor")])).toBe(false);
    expect(isPendingRequest(false, [])).toBe(false);
  });
});

describe("cancelErrorText", () => {
  it("shows the API's reason, or a generic line", () => {
    const conflict = new HttpError(
      409,
      { error: { code: "CONFLICT", message: "An agent has already replied" } },
      null,
    );
    expect(cancelErrorText(conflict)).toBe("An agent has already replied");
    expect(cancelErrorText(new TypeError("offline"))).toMatch(/could not be cancelled/);
  });
});
