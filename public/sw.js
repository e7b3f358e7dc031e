// Herald's service worker: shows web push notifications (payload: lib/channels/web-push.ts PushPayload) and
// opens the conversation when one is clicked. Registered by lib/push/subscribe.ts.

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// Only paths of this origin are opened: a payload must not be able to send the agent to another site.
function sameOriginUrl(raw) {
  try {
    const url = new URL(raw || "/inbox", self.location.origin);
    return new URL(url.pathname + url.search + url.hash, self.location.origin).href;
  } catch {
    return new URL("/inbox", self.location.origin).href;
  }
}

function readPayload(event) {
  try {
    return event.data ? event.data.json() : {};
  } catch {
    // Not JSON: still worth showing rather than dropping.
    return { body: event.data ? event.data.text() : "" };
  }
}

self.addEventListener("push", (event) => {
  const payload = readPayload(event);
  event.waitUntil(
    self.registration.showNotification(payload.title || "Herald", {
      body: payload.body || "",
      tag: payload.tag, // one notification per conversation: a newer one replaces it
      renotify: Boolean(payload.tag),
      icon: "/icon-192.png",
      badge: "/icon-192.png",
      data: { url: sameOriginUrl(payload.url) },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = event.notification.data?.url || sameOriginUrl("/inbox");
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const exact = windows.find((w) => w.url === url);
      if (exact) return exact.focus();
      // An open Herald tab is reused rather than opening another one.
      const herald = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (herald) {
        const focused = await herald.focus();
        return focused.navigate(url);
      }
      return self.clients.openWindow(url);
    })(),
  );
});
