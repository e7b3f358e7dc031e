import { describe } from "vitest";
import { runCaseBook } from "../testing/cases";
import { slaCases } from "./sla.cases";

describe("sla rule", () => runCaseBook(slaCases));
