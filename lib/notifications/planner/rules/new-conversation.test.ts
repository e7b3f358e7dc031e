import { describe } from "vitest";
import { runCaseBook } from "../testing/cases";
import { newConversationCases } from "./new-conversation.cases";

describe("new conversation rule", () => runCaseBook(newConversationCases));
