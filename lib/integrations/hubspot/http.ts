// The HubSpot request loop: bearer token, JSON, 429/5xx retried with backoff (Retry-After when given). A 401
// refreshes an OAuth token once and retries once; a pasted token cannot refresh, and a second 401 means the
// grant itself is gone: HubSpotAuthError, so the connection is marked "needs reconnect" instead of retrying.
import { CrmAuthError } from "@/lib/crm/errors";
import type { CrmSession } from "@/lib/crm/records";

export class HubSpotAuthError extends CrmAuthError {
  constructor(detail = "401") {
    super(`HubSpot refused the token (${detail}): reconnect the integration.`);
  }
}

export class HubSpotError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HubSpot answered ${status}: ${body.slice(0, 200)}`);
  }
}

export interface HubSpotHttpOptions {
  baseUrl: string;
  // A pasted private-app / service key token, or an OAuth connection's session (refreshed on a 401).
  token: string | CrmSession;
  maxRetries?: number;
  // Injected by tests so a 429 with Retry-After: 10 does not take ten seconds.
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { status: number; waitMs: number }) => void;
}

// A pasted token has nothing to refresh with: its 401 is final.
const pastedToken = (token: string): CrmSession => ({
  accessToken: async () => token,
  refresh: async () => {
    throw new HubSpotAuthError();
  },
});

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function retryDelayMs(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 60) * 1000;
  return Math.min(500 * 2 ** attempt, 30_000);
}

export async function hubspotRequest<T>(
  options: HubSpotHttpOptions,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
): Promise<T> {
  const { maxRetries = 5, sleep = defaultSleep } = options;
  const url = new URL(path, options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/`);
  const session = typeof options.token === "string" ? pastedToken(options.token) : options.token;
  let token = await session.accessToken();
  let refreshed = false;
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.ok) return (await response.json()) as T;
    const text = await response.text();
    if (response.status === 401) {
      if (refreshed) throw new HubSpotAuthError("401 after a refresh");
      token = await session.refresh(token);
      refreshed = true;
      continue;
    }
    const transient = response.status === 429 || response.status >= 500;
    if (!transient || attempt >= maxRetries) throw new HubSpotError(response.status, text);
    const waitMs = retryDelayMs(attempt, response.headers.get("retry-after"));
    options.onRetry?.({ status: response.status, waitMs });
    await sleep(waitMs);
  }
}
