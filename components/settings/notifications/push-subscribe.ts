// Browser side of web push, for Settings → Notifications: register the service worker (public/sw.js), subscribe
// with Herald's VAPID key, and tell the server (POST /api/push/subscriptions). Client code only.

export type PushSupport = "supported" | "unsupported" | "denied";

export type SubscribeResult =
  | { ok: true; subscription: PushSubscription }
  | { ok: false; reason: "unsupported" | "denied" | "server_refused"; detail?: string };

const SERVICE_WORKER_URL = "/sw.js";

// iOS Safari exposes push only to an installed PWA (app/manifest.ts); elsewhere it needs these three APIs.
export function webPushSupport(): PushSupport {
  if (typeof window === "undefined") return "unsupported";
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
    return "unsupported";
  }
  return Notification.permission === "denied" ? "denied" : "supported";
}

// The VAPID public key arrives base64url; pushManager.subscribe wants its bytes.
export function applicationServerKey(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + "=".repeat((4 - (base64url.length % 4)) % 4))
    .replace(/-/g, "+")
    .replace(/_/g, "/");
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

// IC2: a phone where Herald is installed (the PWA opened from the home screen, standalone) is a "mobile" device:
// the `mobile_push` preference reaches it; any other browser is a "desktop" one, reached by `web_push`.
export function thisDevice(
  userAgent = navigator.userAgent,
  standalone = matchMedia("(display-mode: standalone)").matches ||
    (navigator as { standalone?: boolean }).standalone === true,
): { device: "desktop" | "mobile"; label: string } {
  const phone = /Android|iPhone|iPad|iPod|Mobile/i.test(userAgent);
  const os = /Android/i.test(userAgent)
    ? "Android"
    : /iPhone|iPad|iPod/i.test(userAgent)
      ? "iOS"
      : /Mac OS X/i.test(userAgent)
        ? "macOS"
        : /Windows/i.test(userAgent)
          ? "Windows"
          : "Linux";
  if (phone && standalone) return { device: "mobile", label: `Herald app on ${os}` };
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "Browser";
  return { device: "desktop", label: `${browser} on ${os}` };
}

async function registration(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" });
  return navigator.serviceWorker.ready;
}

// This browser's subscription, if it has one (to show the toggle's state).
export async function currentPushSubscription(): Promise<PushSubscription | null> {
  if (webPushSupport() === "unsupported") return null;
  return (await registration()).pushManager.getSubscription();
}

// Call from a click handler: browsers only ask for permission in response to a user gesture.
export async function subscribeToPush(): Promise<SubscribeResult> {
  const support = webPushSupport();
  if (support !== "supported") return { ok: false, reason: support };
  if ((await Notification.requestPermission()) !== "granted") return { ok: false, reason: "denied" };
  const keyResponse = await fetch("/api/push/vapid-public-key");
  if (!keyResponse.ok)
    return { ok: false, reason: "server_refused", detail: `vapid key: ${keyResponse.status}` };
  const { publicKey } = (await keyResponse.json()) as { publicKey: string };
  const reg = await registration();
  const subscription = await reg.pushManager.subscribe({
    userVisibleOnly: true, // browsers require every push to show a notification
    applicationServerKey: applicationServerKey(publicKey),
  });
  const saved = await fetch("/api/push/subscriptions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...subscription.toJSON(), ...thisDevice() }),
  });
  if (!saved.ok) return { ok: false, reason: "server_refused", detail: await saved.text() };
  return { ok: true, subscription };
}

// Unsubscribes this browser and forgets it on the server. True when there was a subscription.
export async function unsubscribeFromPush(): Promise<boolean> {
  const subscription = await currentPushSubscription();
  if (!subscription) return false;
  await fetch("/api/push/subscriptions", {
    method: "DELETE",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ endpoint: subscription.endpoint }),
  });
  return subscription.unsubscribe();
}
