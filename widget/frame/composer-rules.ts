// What the composer lets the visitor send, the counter near the limit, and the error text for a failure.
export const MAX_MESSAGE_CHARS = 5000;
const COUNTER_FROM = 4500;

const formatCount = (n: number) => n.toLocaleString("en-US");

export interface Draft {
  body: string; // trimmed, as the API counts it
  canSend: boolean;
  counter: string; // "" until the draft nears the limit
  tooLong: boolean;
}

export function checkDraft(text: string): Draft {
  const body = text.trim();
  const tooLong = body.length > MAX_MESSAGE_CHARS;
  return {
    body,
    canSend: body.length > 0 && !tooLong,
    counter:
      body.length >= COUNTER_FROM ? `${formatCount(body.length)} / ${formatCount(MAX_MESSAGE_CHARS)}` : "",
    tooLong,
  };
}

export const TOO_LONG_TEXT = `Messages can be at most ${formatCount(MAX_MESSAGE_CHARS)} characters.`;

// The API's error answer: { error: { code, message } } (docs/widget-api.md).
export function sendErrorText(status: number | null, answer: unknown, retryAfter?: string | null): string {
  if (status === null || status >= 500) {
    return "Your message could not be sent. Check your connection and try again.";
  }
  // A visitor's own pace or the workspace's cap on new conversations (issue 9): the draft stays in the box.
  if (status === 429) {
    const seconds = Number(retryAfter);
    return seconds > 0
      ? `Too many requests, try again shortly (in ${Math.ceil(seconds)} s).`
      : "Too many requests, try again shortly.";
  }
  if (status === 401) return "Your chat session has expired. Reload the page to continue.";
  const message = (answer as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" && message ? message : "Your message could not be sent.";
}
