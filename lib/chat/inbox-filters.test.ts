import { describe, expect, it } from "vitest";
import { inboxHref, parseInboxFilters } from "./inbox-filters";

describe("inbox filters", () => {
  it("reads the view and status from the URL", () => {
    expect(parseInboxFilters({ view: "unassigned", status: "closed" })).toEqual({
      view: "unassigned",
      status: "closed",
    });
    expect(parseInboxFilters({ view: ["all", "mine"] })).toEqual({ view: "all", status: "open" });
  });
  it("falls back to my open conversations for anything unknown", () => {
    expect(parseInboxFilters({})).toEqual({ view: "mine", status: "open" });
    expect(parseInboxFilters({ view: "everything", status: "snoozed" })).toEqual({
      view: "mine",
      status: "open",
    });
  });
  it("builds links back to a filter", () => {
    expect(inboxHref({ view: "groups", status: "open" })).toBe("/inbox?view=groups&status=open");
  });
});
