import { describe, expect, it } from "vitest";
import { CsvError, parseCsv } from "./csv";

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe("parseCsv (RFC 4180)", () => {
  it.each([
    [
      "plain fields",
      "a,b,c\n1,2,3",
      [
        ["a", "b", "c"],
        ["1", "2", "3"],
      ],
    ],
    [
      "CRLF line ends and a final line break",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["quoted commas", '"Acme, Inc.",acme.com', [["Acme, Inc.", "acme.com"]]],
    ["doubled quotes", '"say ""hi""",x', [['say "hi"', "x"]]],
    [
      "a line break inside quotes",
      '"two\nlines",x\ny,z',
      [
        ["two\nlines", "x"],
        ["y", "z"],
      ],
    ],
    [
      "empty fields",
      "a,,c\n,,",
      [
        ["a", "", "c"],
        ["", "", ""],
      ],
    ],
    ["blank lines skipped", "a\n\nb\n", [["a"], ["b"]]],
    ["a byte-order mark", "\uFEFFname\nAcme", [["name"], ["Acme"]]],
  ])("%s", (_case, text, expected) => {
    expect(fieldsOf(text)).toEqual(expected);
  });

  it("gives each record the line it starts on", () => {
    expect(parseCsv('h\n"a\nb"\nc').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it("refuses an unclosed quote", () => {
    expect(() => parseCsv('a,"open\n')).toThrow(CsvError);
  });
});
