import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/errors";
import { accountFieldsInput, contactInput } from "./account-input";

describe("accountFieldsInput", () => {
  it("lower-cases, de-duplicates and cleans the domains; reads the checkbox", () => {
    expect(
      accountFieldsInput.parse({
        name: " Acme ",
        domains: "Acme.com, https://www.acme.com/x; acme.io",
        target: "on",
      }),
    ).toEqual({
      name: "Acme",
      domains: ["acme.com", "acme.io"],
      target: true,
    });
    expect(accountFieldsInput.parse({ name: "Acme" })).toEqual({ name: "Acme", domains: [], target: false });
  });

  it.each([
    [{ name: "", domains: "" }, { name: "Name is required" }],
    [{ name: "A", domains: "acme" }, { domains: "acme is not a domain like acme.com" }],
    [
      { name: "A", domains: "gmail.com" },
      { domains: "gmail.com is a free-mail domain and names no company" },
    ],
  ])("names the field at fault: %o", (input, errors) => {
    const result = accountFieldsInput.safeParse(input);
    expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual(errors);
  });
});

describe("contactInput", () => {
  const accountId = "7d1f4c3e-8a2b-4c5d-9e6f-0a1b2c3d4e5f";
  it("needs an email or a phone", () => {
    const result = contactInput.safeParse({ accountId, name: "Jo" });
    expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual({
      email: "Email or phone is required",
    });
    expect(contactInput.safeParse({ accountId, phone: "+44 20 7946 0000" }).success).toBe(true);
  });
});
