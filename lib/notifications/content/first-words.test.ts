import { describe, expect, it } from "vitest";
import { FIRST_WORDS_LIMIT, firstWords } from "./first-words";

describe("firstWords (X5)", () => {
  it("X5: keeps a short message as it is, on one line", () => {
    expect(firstWords("  Hi there,\n\ndo you ship\tto Italy?  ")).toBe("Hi there, do you ship to Italy?");
  });

  it("X5: cuts a long message at a word boundary near 140 characters, with an ellipsis", () => {
    const words = "pricing ".repeat(40).trim(); // 319 characters
    const cut = firstWords(words);
    expect(cut.endsWith("pricing…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(FIRST_WORDS_LIMIT + 1);
    expect(cut.length).toBeGreaterThan(FIRST_WORDS_LIMIT - 30);
  });

  it("X5: a multi-line message becomes one line before it is cut", () => {
    const text = `Line one\n${"second line words ".repeat(12)}\nthird`;
    const cut = firstWords(text);
    expect(cut).not.toContain("\n");
    expect(cut.startsWith("Line one second line words")).toBe(true);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("X5: a single very long word is cut where it stands", () => {
    const cut = firstWords("x".repeat(500));
    expect(cut).toBe(`${"x".repeat(FIRST_WORDS_LIMIT)}…`);
  });

  it("X5: no dangling punctuation before the ellipsis", () => {
    const text = `${"a".repeat(120)} bbbbbbbbbbbbbbb, ${"c".repeat(40)}`;
    expect(firstWords(text)).toBe(`${"a".repeat(120)} bbbbbbbbbbbbbbb…`);
  });
});
