// How the `pusher` SDK (server) and pusher-js (browser) reach the realtime server: Pusher Channels
// when PUSHER_* is set, otherwise the local Pusher-protocol server (lib/realtime/local-server).

import type { Options as PusherServerOptions } from "pusher";
import type { Options as PusherClientOptions } from "pusher-js";

// Defaults for the local server only; they never reach production (lib/env.ts requires all PUSHER_* or none).
export const LOCAL_REALTIME_DEFAULTS = {
  appId: "herald-local",
  key: "herald-local-key",
  secret: "herald-local-secret",
  host: "127.0.0.1",
  port: 6001, // the usual port of Pusher-compatible servers (Soketi)
} as const;

export type RealtimeEnv = {
  PUSHER_APP_ID?: string;
  PUSHER_KEY?: string;
  PUSHER_SECRET?: string;
  PUSHER_CLUSTER?: string;
  PUSHER_HOST?: string;
  PUSHER_PORT?: number;
};

export type LocalRealtimeAddress = { appId: string; key: string; secret: string; host: string; port: number };

// A server on this machine (e.g. scripts/realtime-server.ts with its own credentials) speaks plain ws/http.
function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}

export function isLocalRealtime(env: RealtimeEnv): boolean {
  return !env.PUSHER_APP_ID || !env.PUSHER_KEY || !env.PUSHER_SECRET;
}

export function localRealtimeAddress(env: RealtimeEnv): LocalRealtimeAddress {
  const d = LOCAL_REALTIME_DEFAULTS;
  return {
    appId: d.appId,
    key: d.key,
    secret: d.secret,
    host: env.PUSHER_HOST ?? d.host,
    port: env.PUSHER_PORT ?? d.port,
  };
}

// Options for `new Pusher(...)` from the `pusher` package.
export function pusherServerOptions(env: RealtimeEnv): PusherServerOptions {
  if (isLocalRealtime(env)) return localPusherServerOptions(localRealtimeAddress(env));
  const base = {
    appId: env.PUSHER_APP_ID ?? "",
    key: env.PUSHER_KEY ?? "",
    secret: env.PUSHER_SECRET ?? "",
    useTLS: true,
  };
  // A self-hosted Pusher-compatible server is addressed by host; Pusher Channels by cluster.
  if (env.PUSHER_HOST) {
    const host = env.PUSHER_HOST;
    return { ...base, host, port: env.PUSHER_PORT?.toString(), useTLS: !isLoopback(host) };
  }
  return { ...base, cluster: env.PUSHER_CLUSTER ?? "mt1" };
}

export function localPusherServerOptions(local: Omit<LocalRealtimeAddress, "host"> & { host?: string }) {
  return {
    appId: local.appId,
    key: local.key,
    secret: local.secret,
    host: local.host ?? "127.0.0.1",
    port: String(local.port),
    useTLS: false,
  } satisfies PusherServerOptions;
}

// Options for `new Pusher(key, options)` from pusher-js; safe to send to the browser (no secret).
export function pusherClientOptions(
  env: RealtimeEnv,
  authEndpoint = "/api/realtime/auth",
): { key: string; options: PusherClientOptions } {
  const channelAuthorization = { endpoint: authEndpoint, transport: "ajax" as const };
  if (isLocalRealtime(env)) {
    const local = localRealtimeAddress(env);
    return { key: local.key, options: { ...localPusherClientOptions(local), channelAuthorization } };
  }
  const cluster = env.PUSHER_CLUSTER ?? "mt1";
  const host = env.PUSHER_HOST;
  const self = host
    ? { wsHost: host, wsPort: env.PUSHER_PORT, wssPort: env.PUSHER_PORT, forceTLS: !isLoopback(host) }
    : {};
  return { key: env.PUSHER_KEY ?? "", options: { cluster, forceTLS: true, ...self, channelAuthorization } };
}

// pusher-js insists on a cluster even with wsHost; "ws" only, since the local server has no SockJS fallback.
export function localPusherClientOptions(local: { host?: string; port: number }) {
  return {
    cluster: "local",
    wsHost: local.host ?? "127.0.0.1",
    wsPort: local.port,
    forceTLS: false,
    enabledTransports: ["ws"],
    disableStats: true,
  } satisfies PusherClientOptions;
}
