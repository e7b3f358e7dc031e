import { describe, expect, it } from "vitest";
import { avatarInitials } from "./avatar-initials";

describe("avatarInitials", () => {
  it.each([
    ["Ada Admin", "AA"],
    ["nadia", "N"],
    ["  Luca   di Matteo ", "LM"],
    ["Jean-Luc Picard", "JP"],
    ["émile zola", "ÉZ"],
    ["ada@acme.test", "A"],
    ["", "?"],
    ["   ", "?"],
    ["𝓐da Lovelace", "𝓐L"],
  ])("%j → %s", (name, initials) => {
    expect(avatarInitials(name)).toBe(initials);
  });
});
