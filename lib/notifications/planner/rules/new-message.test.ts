import { describe } from "vitest";
import { runCaseBook } from "../testing/cases";
import { newMessageCases } from "./new-message.cases";

describe("new message rule", () => runCaseBook(newMessageCases));
