import { describe } from "vitest";
import { runCaseBook } from "../testing/cases";
import { slackRoutingCases } from "./slack-routing.cases";

describe("slack routing rule", () => runCaseBook(slackRoutingCases));
