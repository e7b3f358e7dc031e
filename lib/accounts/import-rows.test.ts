import { describe, expect, it } from "vitest";
import { exampleAccountsCsv, readAccountsCsv } from "./import-rows";

const facts = {
  memberIdByEmail: new Map([["ada@acme.test", "user-ada"]]),
  accountNameByDomain: new Map([["initech.com", "initech"]]),
};
const header = "name,domains,owner_email,contact_email,contact_phone,contact_name";

describe("readAccountsCsv", () => {
  it("reads the example: rows sharing a name build one account", () => {
    const { accounts, errors, rowCount } = readAccountsCsv(exampleAccountsCsv, facts);
    expect(errors).toEqual([]);
    expect(rowCount).toBe(3);
    expect(accounts).toEqual([
      {
        name: "Acme Corp",
        domains: ["acme.com", "acme.io"],
        ownerUserIds: ["user-ada"],
        contacts: [
          { email: "jane@acme.com", phone: "+15550100", name: "Jane Buyer" },
          { email: "joe@acme.com", phone: null, name: "Joe Champion" },
        ],
      },
      { name: "Globex, Inc.", domains: ["globex.example"], ownerUserIds: [], contacts: [] },
    ]);
  });

  it("lower-cases domains and accepts pasted URLs", () => {
    const { accounts } = readAccountsCsv(`${header}\nHooli,https://www.Hooli.COM/about,,,,`, facts);
    expect(accounts[0].domains).toEqual(["hooli.com"]);
  });

  it.each([
    ["a missing name", ",x.com,,,,", "name", "name is required"],
    ["a bad domain", "A,not_a_domain!,,,,", "domains", "domains not_a_domain! is not a domain like acme.com"],
    [
      "a free-mail domain",
      "A,gmail.com,,,,",
      "domains",
      "domains gmail.com is a free-mail domain and names no company",
    ],
    [
      "an owner who is not a member",
      "A,,bob@else.test,,,",
      "owner_email",
      "owner_email bob@else.test is not a member",
    ],
    ["a bad contact email", "A,,,nope,,", "contact_email", "contact_email is not an email address"],
    ["a bad phone", "A,,,,12,", "contact_phone", "contact_phone is not a phone number"],
    [
      "a name without email or phone",
      "A,,,,,Jo",
      "contact_email",
      "contact_email or contact_phone is required",
    ],
    [
      "a domain of another account",
      "A,initech.com,,,,",
      "domains",
      "domains: initech.com already belongs to initech",
    ],
  ])("reports %s on its line, naming the column", (_case, row, column, message) => {
    const { errors, accounts } = readAccountsCsv(`${header}\nOK,ok.com,,,,\n${row}`, facts);
    expect(errors).toEqual([{ line: 3, column, message }]);
    expect(accounts.map((a) => a.name)).toEqual(["OK"]);
  });

  it("refuses a domain claimed by two accounts in the same file", () => {
    const { errors } = readAccountsCsv(`${header}\nA,same.com,,,,\nB,same.com,,,,`, facts);
    expect(errors).toEqual([
      { line: 3, column: "domains", message: "domains: same.com already belongs to a" },
    ]);
  });

  it("refuses a file without the expected header", () => {
    const { errors } = readAccountsCsv("company,website\nA,a.com", facts);
    expect(errors[0]).toMatchObject({ line: 1, column: null });
    expect(errors[0].message).toContain("missing: name, domains");
  });
});
