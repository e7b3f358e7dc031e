import { describe, expect, it } from "vitest";
import { greetingFor, visitorLabel } from "./visitor-label";

const visitorId = "1a2b3c4d-0000-4000-8000-000000000000";

describe("visitor labels", () => {
  it("prefers the name, then the email, then a short id", () => {
    expect(visitorLabel({ visitorId, name: "Jane Cooper", email: "jane@globex.example" })).toBe(
      "Jane Cooper",
    );
    expect(visitorLabel({ visitorId, name: "  ", email: "jane@globex.example" })).toBe("jane@globex.example");
    expect(visitorLabel({ visitorId, name: null, email: null })).toBe("Visitor 1a2b");
  });
  it("marks what an unsigned identify claimed as unverified, and prefers anything verified", () => {
    const claim = { unverifiedName: "Jane Cooper", unverifiedEmail: "jane@globex.example" };
    expect(visitorLabel({ visitorId, name: null, email: null, ...claim })).toBe("Jane Cooper (unverified)");
    expect(visitorLabel({ visitorId, name: null, email: null, unverifiedEmail: "j@x.example" })).toBe(
      "j@x.example (unverified)",
    );
    expect(visitorLabel({ visitorId, name: null, email: "bob@initech.example", ...claim })).toBe(
      "bob@initech.example",
    );
  });
  it("greets by first name when the name is known", () => {
    expect(greetingFor("Jane Cooper")).toBe("Hi Jane, can I help you with anything?");
    expect(greetingFor(null)).toBe("Hi, can I help you with anything?");
  });
});
