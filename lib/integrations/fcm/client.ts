// FCM HTTP v1 `messages:send` (PROVIDERS.md §4.2), by fetch against FCM_API_URL (default Google's; the sandbox in
// development and tests). Android gets a high-priority data message (its app's onMessageReceived runs even in the
// background and acknowledges); iOS apps on Firebase get an alert with mutable-content for their Notification
// Service Extension. FCM says nothing about device delivery: only the app's receipt does (FU3).
import { env } from "@/lib/env";
import type { PushResult } from "../push-result";
import { FcmAuthError, type FcmServiceAccount, fcmAccessToken } from "./service-account";

export const FCM_DEFAULT_URL = "https://fcm.googleapis.com";

export interface FcmPush {
  token: string;
  title: string;
  body: string;
  data: Record<string, string>; // FCM refuses anything but strings here
  collapseKey?: string;
  ttlSeconds: number;
}

export interface FcmOptions {
  apiUrl?: string;
  fetch?: typeof fetch;
  now?: () => number;
}

export function fcmMessage(push: FcmPush) {
  const { title, body } = push;
  return {
    message: {
      token: push.token,
      data: { ...push.data, title, body },
      android: {
        priority: "HIGH",
        ttl: `${push.ttlSeconds}s`,
        ...(push.collapseKey ? { collapse_key: push.collapseKey } : {}),
      },
      apns: {
        headers: { "apns-priority": "10", "apns-push-type": "alert" },
        payload: { aps: { alert: { title, body }, "mutable-content": 1, sound: "default" } },
      },
    },
  };
}

export async function sendFcm(
  account: FcmServiceAccount,
  push: FcmPush,
  options: FcmOptions = {},
): Promise<PushResult> {
  const doFetch = options.fetch ?? fetch;
  let accessToken: string;
  try {
    accessToken = await fcmAccessToken(account, { fetch: doFetch, now: options.now });
  } catch (error) {
    if (error instanceof FcmAuthError)
      return { ok: false, kind: error.retryable ? "retryable" : "failed", reason: error.message };
    throw error;
  }
  const base = (options.apiUrl ?? env().FCM_API_URL ?? FCM_DEFAULT_URL).replace(/\/$/, "");
  const url = `${base}/v1/projects/${encodeURIComponent(account.project_id)}/messages:send`;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json" },
      body: JSON.stringify(fcmMessage(push)),
    });
  } catch {
    return { ok: false, kind: "retryable", reason: "FCM could not be reached" };
  }
  const answer = (await response.json().catch(() => ({}))) as FcmAnswer;
  if (response.ok && answer.name) return { ok: true, providerId: answer.name };
  return fcmFailure(response.status, answer);
}

interface FcmAnswer {
  name?: string;
  error?: { status?: string; message?: string; details?: { errorCode?: string }[] };
}

// The FCM error code from details[].errorCode, else error.status (as firebase-admin reads it). The reason kept
// is the code and HTTP status only, never the provider's message.
export function fcmFailure(status: number, answer: FcmAnswer): PushResult & { ok: false } {
  const code =
    answer.error?.details?.find((d) => d.errorCode)?.errorCode ?? answer.error?.status ?? "UNKNOWN";
  const reason = `FCM: ${code} (${status})`;
  const badToken = code === "INVALID_ARGUMENT" && /registration token/i.test(answer.error?.message ?? "");
  if (code === "UNREGISTERED" || code === "SENDER_ID_MISMATCH" || status === 404 || badToken)
    return { ok: false, kind: "dead", reason };
  if (status === 429 || status >= 500) return { ok: false, kind: "retryable", reason };
  return { ok: false, kind: "failed", reason };
}
