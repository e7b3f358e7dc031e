// The widget HTTP API as the frame calls it (same origin as the frame). Contract: docs/widget-api.md.
import type { Options } from "pusher-js";
import type { Message } from "./transcript";

export interface VisitorAuth {
  key: string;
  token: string;
}

export interface SessionAnswer {
  visitorId: string;
  visitor: { hasContact: boolean };
  conversationId: string | null;
  realtime: { key: string; options: Options };
}

// "Get the reply by email" or "by text": the server normalises the number (E.164), reading a national one in
// `country`.
export type Contact = { email: string } | { phone: string; country?: string };

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

// The visitor token goes in a header, never in a URL (logs and referrers keep URLs).
export function widgetApi(auth: VisitorAuth) {
  const authorization = `Bearer ${auth.token}`;
  const post = <T>(path: string, body: object) =>
    call<T>(path, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ key: auth.key, ...body }),
    });
  const query = new URLSearchParams({ key: auth.key });
  return {
    session: () => post<SessionAnswer>("session", {}),
    conversation: () =>
      call<ConversationAnswer>(`conversation?${query}`, { cache: "no-store", headers: { authorization } }),
    send: (body: string) => post<{ conversationId: string; message: Message }>("messages", { body }),
    read: (conversationId: string) => post<null>("read", { conversationId }),
    cancel: (conversationId: string) => post<null>("cancel", { conversationId }),
    contact: (contact: Contact) => post<null>("contact", contact),
  };
}

export type WidgetApi = ReturnType<typeof widgetApi>;
