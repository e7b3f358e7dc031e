import { describe, expect, it } from "vitest";
import { bookingUrlField } from "./booking-url";

describe("the Profile's booking link (SK8)", () => {
  it("keeps a full http(s) URL and clears an empty field", () => {
    expect(bookingUrlField.parse(" https://cal.com/nadia ")).toBe("https://cal.com/nadia");
    expect(bookingUrlField.parse("http://meet.example/x")).toBe("http://meet.example/x");
    expect(bookingUrlField.parse("")).toBeNull();
    expect(bookingUrlField.parse(undefined)).toBeNull();
  });
  it("refuses what a visitor must never be sent to, naming the field", () => {
    for (const bad of ["javascript:alert(1)", "data:text/html,hi", "cal.com/nadia", "ftp://x.example/y"]) {
      const result = bookingUrlField.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^Booking link must be a full http\(s\) URL/);
    }
  });
});
