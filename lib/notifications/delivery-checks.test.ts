import { describe } from "vitest";
import { deliveryCheckCases } from "./delivery-checks.cases";
import { runCaseBook } from "./testing/cases";

describe("delivery checks", () => runCaseBook(deliveryCheckCases));
