import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/errors";
import { formatMinutes, policyInputOf, slaPolicyFormSchema } from "./policy-form";

const groupId = "6f1c2d9e-8a4b-4c3d-9e2f-1a2b3c4d5e6f";
const errorsOf = (input: Record<string, unknown>) => {
  const parsed = slaPolicyFormSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("SLA policy form (SL1)", () => {
  it("converts hours to minutes, leaves blank optional targets unset, defaults the warning point to 75 %", () => {
    const form = slaPolicyFormSchema.parse({
      groupId,
      firstResponse: "2",
      firstResponseUnit: "hours",
      nextResponse: "",
      resolution: "30",
      resolutionUnit: "minutes",
      warningPercent: "",
    });
    expect(policyInputOf(form)).toEqual({
      groupId,
      firstResponseMinutes: 120,
      nextResponseMinutes: null,
      resolutionMinutes: 30,
      warningPercent: 75,
    });
  });

  it("names each invalid field", () => {
    expect(errorsOf({ groupId: "", firstResponse: "", warningPercent: "100", nextResponse: "0" })).toEqual({
      groupId: "Choose a routing group",
      firstResponse: "Enter a first response target",
      nextResponse: "Next response target must be greater than 0",
      warningPercent: "Warning point must be between 1 and 99 %",
    });
    expect(errorsOf({ groupId, firstResponse: "-5", warningPercent: "0" })).toMatchObject({
      firstResponse: "First response target must be greater than 0",
      warningPercent: "Warning point must be between 1 and 99 %",
    });
    expect(errorsOf({ groupId, firstResponse: "800", firstResponseUnit: "hours" })).toEqual({
      firstResponse: "Use at most 30 days",
    });
    expect(errorsOf({ groupId, firstResponse: "5", firstResponseUnit: "days" })).toEqual({
      firstResponseUnit: "Choose minutes or hours",
    });
  });

  it("formats minutes for the policy list", () => {
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(120)).toBe("2 h");
    expect(formatMinutes(90)).toBe("1 h 30 min");
  });
});
