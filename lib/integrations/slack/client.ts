// Slack's Web API client: the one place that builds a `WebClient` (SLACK_API_URL → slackApiUrl) and turns
// Slack's answers into a DeliveryResult (PROVIDERS.md §1.6). Nothing else in the app talks to Slack.
import { ErrorCode, WebClient } from "@slack/web-api";
import type { DeliveryResult } from "@/lib/channels/types";
import { env } from "@/lib/env";

export interface SlackClientOptions {
  apiUrl?: string; // default SLACK_API_URL, else Slack's
  retries?: number; // the SDK's own retries; the outbox owns retries, so none by default (X3)
}

export function slackClient(token: string | undefined, options: SlackClientOptions = {}): WebClient {
  const apiUrl = options.apiUrl ?? env().SLACK_API_URL;
  return new WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` } : {}),
    retryConfig: { retries: options.retries ?? 0 },
    rejectRateLimitedCalls: true, // a 429 comes back to us (retried after Retry-After), not queued in memory
  });
}

// Slack errors that mean the token is dead: the integration shows Disconnected (SK10).
export const deadTokenErrors = new Set(["invalid_auth", "token_revoked", "account_inactive", "not_authed"]);
// Errors about the channel itself: the delivery fails with that reason and the channel is flagged (SK10).
export const channelErrors = new Set(["channel_not_found", "not_in_channel", "is_archived"]);

export interface SlackFailure {
  code: string; // Slack's error code, or "ratelimited", or "network"
  retryAfterSeconds?: number;
}

export function slackFailureOf(error: unknown): SlackFailure {
  const e = error as { code?: string; data?: { error?: string }; retryAfter?: number; message?: string };
  if (e.code === ErrorCode.RateLimitedError)
    return { code: "ratelimited", retryAfterSeconds: e.retryAfter ?? 1 };
  if (e.code === ErrorCode.PlatformError) return { code: e.data?.error ?? "unknown_error" };
  if (e.code === ErrorCode.HTTPError) return { code: `http_error: ${e.message ?? ""}` };
  return { code: `network: ${e.message ?? String(error)}` };
}

export function deliveryFailureOf(failure: SlackFailure): DeliveryResult {
  const retryable =
    failure.code === "ratelimited" ||
    failure.code.startsWith("network") ||
    failure.code.startsWith("http_error");
  return {
    status: "failed",
    error: `Slack ${failure.code}`,
    retryable,
    ...(failure.retryAfterSeconds !== undefined ? { retryAfterSeconds: failure.retryAfterSeconds } : {}),
  };
}
