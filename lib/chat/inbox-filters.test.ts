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
  it("SK9: reads and keeps the lead qualification filter; an unknown one means any", () => {
    expect(parseInboxFilters({ view: "all", status: "closed", qualification: "spam" })).toEqual({
      view: "all",
      status: "closed",
      qualification: "spam",
    });
    expect(parseInboxFilters({ qualification: "hot" })).toEqual({ view: "mine", status: "open" });
    expect(inboxHref({ view: "all", status: "closed", qualification: "unqualified" })).toBe(
      "/inbox?view=all&status=closed&qualification=unqualified",
    );
  });
});
