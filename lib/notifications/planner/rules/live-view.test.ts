import { describe } from "vitest";
import { runCaseBook } from "../testing/cases";
import { liveViewCases } from "./live-view.cases";

describe("live view rule", () => runCaseBook(liveViewCases));
