import { describe, expect, it, vi } from "vitest";
import { formToObject } from "./safe-action";

// formToObject needs no session; the module's auth import pulls in next-auth, which does not load outside Next.
vi.mock("@/lib/auth/member", () => ({ currentMember: vi.fn() }));

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("formToObject", () => {
  it("turns fields into properties, the last value of a repeated plain key winning", () => {
    expect(
      formToObject(
        form([
          ["name", "Sales"],
          ["isDefault", "on"],
          ["name", "Support"],
        ]),
      ),
    ).toEqual({ name: "Support", isDefault: "on" });
  });

  it("collects every value of a key ending in [] into an array, in order", () => {
    expect(
      formToObject(
        form([
          ["userIds[]", "u1"],
          ["groupId", "g1"],
          ["userIds[]", "u2"],
        ]),
      ),
    ).toEqual({ userIds: ["u1", "u2"], groupId: "g1" });
    expect(formToObject(form([["userIds[]", "only"]]))).toEqual({ userIds: ["only"] });
  });

  it("drops the fields Next adds to server action forms", () => {
    expect(
      formToObject(
        form([
          ["$ACTION_ID_abc123", ""],
          ["$ACTION_REF_1", ""],
          ["email", "ada@acme.test"],
        ]),
      ),
    ).toEqual({ email: "ada@acme.test" });
  });

  it("gives an empty object for an empty form", () => {
    expect(formToObject(new FormData())).toEqual({});
  });
});
