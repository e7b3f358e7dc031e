import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect";

describe("safeRedirectPath", () => {
  it.each(["/inbox", "/inbox/3f1c?tab=notes#last", "/settings/team"])(
    "keeps the same-site path %j",
    (path) => {
      expect(safeRedirectPath(path)).toBe(path);
    },
  );

  it.each([
    ["a protocol-relative URL", "//evil.example"],
    ["a protocol-relative URL with a path", "//evil.example/inbox"],
    ["an absolute URL", "https://evil.example/inbox"],
    ["a backslash browsers read as a slash", "/\\evil.example"],
    ["a tab browsers drop", "/\t/evil.example"],
    ["a newline browsers drop", "/\n/evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "inbox"],
    ["an empty value", ""],
    ["no value", undefined],
    ["null", null],
  ])("refuses %s", (_label, value) => {
    expect(safeRedirectPath(value)).toBe("/inbox");
    expect(safeRedirectPath(value, "/live")).toBe("/live");
  });
});
