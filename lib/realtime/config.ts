// How the `pusher` SDK (server) and pusher-js (browser) reach the realtime server: Pusher Channels
// when PUSHER_* is set, otherwise the local Pusher-protocol server (lib/realtime/local-server).

import { createHmac } from "node:crypto";
import type { Options as PusherServerOptions } from "pusher";
import type { Options as PusherClientOptions } from "pusher-js";

// Where the local server listens by default. Its key and secret are never constants: they are derived
// from AUTH_SECRET (localRealtimeCredentials), which is generated into .data/ in development and required
// in production.
export const LOCAL_REALTIME_DEFAULTS = {
  appId: "herald-local",
  host: "127.0.0.1",
  port: 6001, // the usual port of Pusher-compatible servers (Soketi)
} as const;

// The credentials the local server had before they were derived: public knowledge, refused everywhere.
export const FORMER_CONSTANT_CREDENTIALS = {
  key: "herald-local-key",
  secret: "herald-local-secret",
} as const;

export type RealtimeEnv = {
  AUTH_SECRET?: string;
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

// HMAC-derived, so the key (public, sent to browsers) reveals nothing of the secret or of AUTH_SECRET, and
// every process of one install (the realtime server, Next) agrees without storing anything more.
export function localRealtimeCredentials(authSecret: string): { key: string; secret: string } {
  const derive = (purpose: string) => createHmac("sha256", authSecret).update(purpose).digest("hex");
  return {
    key: `local-${derive("herald local realtime key").slice(0, 20)}`,
    secret: derive("herald local realtime secret"),
  };
}

export function localRealtimeAddress(env: RealtimeEnv): LocalRealtimeAddress {
  const d = LOCAL_REALTIME_DEFAULTS;
  if (!env.AUTH_SECRET)
    throw new Error("The local realtime server needs AUTH_SECRET to derive its credentials");
  return {
    appId: d.appId,
    ...localRealtimeCredentials(env.AUTH_SECRET),
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
