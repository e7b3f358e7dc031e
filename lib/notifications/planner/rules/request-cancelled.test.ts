import { describe } from "vitest";
import { runCaseBook } from "../testing/cases";
import { requestCancelledCases } from "./request-cancelled.cases";

describe("request cancelled rule", () => runCaseBook(requestCancelledCases));
