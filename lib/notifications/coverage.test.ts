// The acceptance criterion: the tests name every rule id the planner owns and assert every reason code of
// RULES.md; the const lists match RULES.md itself when the shared contract is reachable from this checkout.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plannerRuleIds, type ReasonCode, reasonCodes, ruleIds } from "./planner/decision";
import { planCases } from "./planner/plan.cases";
import { ruleCaseBooks } from "./planner/testing/all-cases";
import type { CaseBook } from "./planner/testing/cases";

const books: CaseBook[] = [...ruleCaseBooks, planCases];
const names = books.flatMap((b) => [
  ...(b.plan ?? []).map((c) => c.name),
  ...(b.reasons ?? []).map((c) => c.name),
  ...(b.checks ?? []).map((c) => c.name),
]);
const assertedReasons = new Set<ReasonCode>(
  books.flatMap((b) => [
    ...(b.plan ?? []).flatMap((c) => c.expect.map((m) => m.reason)),
    ...(b.reasons ?? []).map((c) => c.expected),
  ]),
);
const namedRuleIds = new Set(names.map((n) => /^([A-Z]{1,2}\d+):/.exec(n)?.[1]));

// docs/RULES.md is the repo's copy of the team's contract (../shared/RULES.md), so the check always runs;
// where the shared file is reachable (the team's machines) the copy must not have drifted from it. Under CI the
// shared file must be there: a missing one would let a drifted copy pass unnoticed.
const rulesMd = path.resolve("docs/RULES.md");
const sharedRulesMd = path.resolve("../shared/RULES.md");
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe("rule and reason coverage", () => {
  it("every test is named by a rule id", () => {
    expect(names.filter((n) => !/^[A-Z]{1,2}\d+: /.test(n))).toEqual([]);
  });
  it("the tests assert every reason code", () => {
    expect(sorted(assertedReasons)).toEqual(sorted(reasonCodes));
  });
  it("the tests name every rule id the planner owns", () => {
    expect(plannerRuleIds.filter((id) => !namedRuleIds.has(id))).toEqual([]);
  });
  it("docs/RULES.md is the team's current contract", () => {
    if (!existsSync(sharedRulesMd)) {
      // a developer's clone without the team's shared folder has only the copy; CI must compare
      expect(process.env.CI ? `${sharedRulesMd} is missing under CI` : "no shared contract here").toBe(
        "no shared contract here",
      );
      return;
    }
    expect(readFileSync(rulesMd, "utf8")).toBe(readFileSync(sharedRulesMd, "utf8"));
  });
  it("the reason codes and rule ids are exactly those of RULES.md", () => {
    const text = readFileSync(rulesMd, "utf8");
    const codesSection = text.slice(text.indexOf("## Reason codes"));
    expect(sorted(codesSection.match(/`[a-z_]+`/g)?.map((c) => c.slice(1, -1)) ?? [])).toEqual(
      sorted(reasonCodes),
    );
    expect(sorted(text.match(/^- ([A-Z]{1,2}\d+) /gm)?.map((l) => l.slice(2, -1)) ?? [])).toEqual(
      sorted(ruleIds),
    );
  });
});
