// "Cancel chat request" (RULES.md IC7): offered while the visitor's conversation is a pending request, i.e.
// open, and no agent has written in it (an agent-started chat opens with the agent's message, so it never is).
import { HttpError } from "./api";
import type { Message } from "./transcript";

export const CANCELLED_TEXT = "Request cancelled. Write again any time.";

export function isPendingRequest(closed: boolean, messages: readonly Message[]): boolean {
  return !closed && messages.length > 0 && !messages.some((m) => m.authorType === "agent");
}

// The API's reason when it refuses (409: an agent answered meanwhile), else a generic line.
export function cancelErrorText(error: unknown): string {
  const answer =
    error instanceof HttpError ? (error.answer as { error?: { message?: unknown } } | null) : null;
  const message = answer?.error?.message;
  return typeof message === "string" ? message : "The request could not be cancelled. Please try again.";
}
