import { describe, expect, it } from "vitest";
import { refusalMessage, thrownMessage } from "./push-errors";

describe("push error messages", () => {
  it("names the push service when subscribe fails offline", () => {
    const offline = new DOMException("Registration failed - push service error", "AbortError");
    expect(thrownMessage(offline)).toMatch(/^This browser could not reach its push service/);
    expect(thrownMessage(new Error("boom"))).toBe("Push notifications could not be turned on: Error: boom");
  });

  it("says what to do for each refusal", () => {
    expect(refusalMessage({ ok: false, reason: "denied" })).toContain("blocks notifications");
    expect(refusalMessage({ ok: false, reason: "unsupported" })).toContain("does not support web push");
    expect(refusalMessage({ ok: false, reason: "server_refused", detail: "401" })).toContain(": 401");
  });
});
