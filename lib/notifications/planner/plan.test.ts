import { describe } from "vitest";
import { planCases } from "./plan.cases";
import { runCaseBook } from "./testing/cases";

describe("plan", () => runCaseBook(planCases));
