// The HubSpot request loop: bearer token, JSON, 429/5xx retried with backoff (Retry-After when given), 401 →
// HubSpotAuthError so the connection is marked "needs reconnect" instead of retrying a dead token.
import { CrmAuthError } from "@/lib/crm/errors";

export class HubSpotAuthError extends CrmAuthError {
  constructor() {
    super("HubSpot refused the token (401): reconnect the integration.");
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
  token: string;
  maxRetries?: number;
  // Injected by tests so a 429 with Retry-After: 10 does not take ten seconds.
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { status: number; waitMs: number }) => void;
}

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
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${options.token}`,
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.ok) return (await response.json()) as T;
    const text = await response.text();
    if (response.status === 401) throw new HubSpotAuthError();
    const transient = response.status === 429 || response.status >= 500;
    if (!transient || attempt >= maxRetries) throw new HubSpotError(response.status, text);
    const waitMs = retryDelayMs(attempt, response.headers.get("retry-after"));
    options.onRetry?.({ status: response.status, waitMs });
    await sleep(waitMs);
  }
}
