import { describe } from "vitest";
import { runCaseBook } from "../testing/cases";
import { assistanceCases } from "./assistance.cases";

describe("assistance rule", () => runCaseBook(assistanceCases));
