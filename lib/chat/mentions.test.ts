import { describe, expect, it } from "vitest";
import { insertMention, matchingTeammates, mentionedIn, mentionQueryAt } from "./mentions";

const luca = { userId: "u-luca", name: "Luca Agent" };
const ada = { userId: "u-ada", name: "Ada Admin" };

describe("mentions", () => {
  it("finds the query after an @ at a word start, up to the caret", () => {
    expect(mentionQueryAt("Hi @Lu", 6)).toEqual({ start: 3, query: "Lu" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("mail me@acme", 12)).toBeNull();
    expect(mentionQueryAt("@Lu\nca", 6)).toBeNull();
    expect(mentionQueryAt("no mention", 10)).toBeNull();
  });
  it("matches names by their start or any word's start, case-insensitively", () => {
    expect(matchingTeammates([ada, luca], "luc")).toEqual([luca]);
    expect(matchingTeammates([ada, luca], "agent")).toEqual([luca]);
    expect(matchingTeammates([ada, luca], "")).toEqual([ada, luca]);
    expect(matchingTeammates([ada, luca], "zz")).toEqual([]);
  });
  it("replaces the typed query with @Name and a space, caret after it", () => {
    expect(insertMention("Hi @Lu thanks", { start: 3, query: "Lu" }, 6, "Luca Agent")).toEqual({
      text: "Hi @Luca Agent  thanks",
      caret: 15,
    });
  });
  it("keeps only the chosen teammates still named in the note", () => {
    expect(mentionedIn("@Luca Agent please look", [luca, ada, luca])).toEqual(["u-luca"]);
    expect(mentionedIn("nobody", [luca])).toEqual([]);
  });
});
