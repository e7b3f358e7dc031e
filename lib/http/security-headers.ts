// Security headers of the app's pages (set by proxy.ts). Built from the configuration at run time, because the
// realtime host a browser connects to is configuration (Pusher Channels, a self-hosted server, the local one).
// Scripts: 'self' plus 'unsafe-inline', Next's documented CSP without nonces (Next inlines its bootstrap; nonces
// would force every page to render per request); 'unsafe-eval' only in development (Next's dev runtime).
import type { Env } from "@/lib/env";
import { pusherClientOptions, type RealtimeEnv } from "@/lib/realtime/config";

type HeaderEnv = RealtimeEnv & Pick<Env, "NODE_ENV">;

// Where pusher-js connects: wss/https to Pusher Channels, or the configured host's ws/wss and http(s) fallback.
export function realtimeConnectSources(env: RealtimeEnv): string[] {
  const { options } = pusherClientOptions(env);
  if (!options.wsHost) return ["wss://*.pusher.com", "https://*.pusher.com"];
  const host = options.wsHost.includes(":") ? `[${options.wsHost}]` : options.wsHost; // an IPv6 address
  const port = options.forceTLS ? options.wssPort : options.wsPort;
  const at = `${host}${port ? `:${port}` : ""}`;
  return options.forceTLS ? [`wss://${at}`, `https://${at}`] : [`ws://${at}`, `http://${at}`];
}

export function contentSecurityPolicy(env: HeaderEnv): string {
  const dev = env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' data: blob:",
    `connect-src 'self' ${realtimeConnectSources(env).join(" ")}`,
    "worker-src 'self'", // the service worker (public/sw.js)
    "frame-src 'self'", // /demo frames the widget's chat
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'", // no site may frame the app (clickjacking); the widget frame has its own policy
  ].join("; ");
}

export function securityHeaders(env: HeaderEnv): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(env),
    "x-frame-options": "DENY", // frame-ancestors for browsers that predate it
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    // Browsers ignore it over plain http, so a local production build on http://localhost is unaffected.
    ...(env.NODE_ENV === "production" ? { "strict-transport-security": "max-age=31536000" } : {}),
  };
}
