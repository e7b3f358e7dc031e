import { describe } from "vitest";
import { runCaseBook } from "../testing/cases";
import { followUpCases } from "./follow-up.cases";

describe("follow-up rule", () => runCaseBook(followUpCases));
