// The widget HTTP API as the frame calls it (same origin as the frame). Contract: docs/widget-api.md.
import type { Options } from "pusher-js";
import type { Message } from "./transcript";

export interface VisitorAuth {
  key: string;
  token: string;
}

export interface SessionAnswer {
  visitorId: string;
  conversationId: string | null;
  realtime: { key: string; options: Options };
}

export interface ConversationAnswer {
  conversation: { id: string; status: "open" | "closed"; assigneeName: string | null } | null;
  messages: Message[];
}

// A 4xx/5xx answer; a network failure is a plain TypeError from fetch.
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly answer: unknown,
    readonly retryAfter: string | null,
  ) {
    super(`HTTP ${status}`);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`/api/widget/${path}`, init);
  const answer: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw new HttpError(res.status, answer, res.headers.get("retry-after"));
  return answer as T;
}

export function widgetApi(auth: VisitorAuth) {
  const post = <T>(path: string, body: object) =>
    call<T>(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ key: auth.key, token: auth.token, ...body }),
    });
  const query = new URLSearchParams({ key: auth.key, token: auth.token });
  return {
    session: () => post<SessionAnswer>("session", {}),
    conversation: () => call<ConversationAnswer>(`conversation?${query}`, { cache: "no-store" }),
    send: (body: string) => post<{ conversationId: string; message: Message }>("messages", { body }),
    read: (conversationId: string) => post<null>("read", { conversationId }),
    cancel: (conversationId: string) => post<null>("cancel", { conversationId }),
  };
}

export type WidgetApi = ReturnType<typeof widgetApi>;
