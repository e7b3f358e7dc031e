import { describe } from "vitest";
import { runCaseBook } from "../planner/testing/cases";
import { deliveryCheckCases } from "./delivery-checks.cases";

describe("delivery checks", () => runCaseBook(deliveryCheckCases));
