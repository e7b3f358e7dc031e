import { describe, expect, it } from "vitest";
import { preferenceCell, preferenceMatrix } from "./preference-display";
import { resolvePreference } from "./preferences";

describe("preference display (IC2)", () => {
  it("IC2: the user's choice wins and says so", () => {
    expect(preferenceCell({ "me.email": true }, { "me.email": false }, "me", "email")).toMatchObject({
      enabled: false,
      source: "user",
      defaultValue: true,
    });
  });

  it("IC2: without a choice the workspace default shows, as the workspace's", () => {
    expect(preferenceCell({ "team.email": true }, {}, "team", "email")).toMatchObject({
      enabled: true,
      source: "workspace",
    });
  });

  it("IC2: with neither, Herald's built-in default (team email off)", () => {
    expect(preferenceCell({}, {}, "team", "email")).toMatchObject({ enabled: false, source: "herald" });
    expect(preferenceCell({}, {}, "me", "email")).toMatchObject({ enabled: true, source: "herald" });
  });

  it("IC2: every cell shows what the planner will resolve", () => {
    const defaults = { "me.slack_dm": false, "team.web_push": false };
    const choices = { "team.email": true, "me.web_push": false };
    for (const row of preferenceMatrix(defaults, choices)) {
      expect(row.cells).toHaveLength(4);
      for (const cell of row.cells) {
        expect(cell.enabled).toBe(resolvePreference(defaults, choices, cell.scope, cell.channel));
      }
    }
  });
});
