// Words for each way turning on web push can fail, shown in Settings → Notifications.
import type { SubscribeResult } from "./push-subscribe";

type Refusal = Extract<SubscribeResult, { ok: false }>;

export function refusalMessage(refusal: Refusal): string {
  switch (refusal.reason) {
    case "unsupported":
      return "This browser does not support web push. On iPhone and iPad, add Herald to the Home Screen first.";
    case "denied":
      return "This browser blocks notifications from Herald. Allow them in the site settings (the icon left of the address bar), then try again.";
    case "server_refused":
      return `Herald could not save this browser's subscription${refusal.detail ? `: ${refusal.detail}` : "."}`;
  }
}

// pushManager.subscribe rejects (AbortError "push service error", or a network error) when the browser's push
// service (FCM for Chrome, Mozilla's for Firefox) is unreachable: offline, or blocked by a firewall.
export function thrownMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (/AbortError|push service|network|registration failed/i.test(text)) {
    return `This browser could not reach its push service (offline, or blocked on this network). ${text}`;
  }
  return `Push notifications could not be turned on: ${text}`;
}
