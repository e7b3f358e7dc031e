// Issue 8, item 8: app pages carry the security headers; the chat widget's frame keeps its own policy.

import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, realtimeConnectSources, securityHeaders } from "@/lib/http/security-headers";
import { config, proxy } from "./proxy";

const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("security headers", () => {
  it("app pages carry the headers: CSP with frame-ancestors 'none', nosniff, Referrer-Policy", async () => {
    for (const path of ["/sign-in", "/demo", "/inbox", "/settings/install", "/"]) {
      expect(matches(path), path).toBe(true);
      const response = await proxy(new NextRequest(`http://localhost:3000${path}`));
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    }
    // Signed out, a gated page redirects to /sign-in, headers included.
    const gated = await proxy(new NextRequest("http://localhost:3000/inbox"));
    expect(gated.status).toBe(307);
    expect(gated.headers.get("location")).toContain("/sign-in");
  });

  it("leaves the widget frame, the APIs and static files to their own headers", () => {
    for (const path of [
      "/widget/frame",
      "/api/widget/session",
      "/widget/loader.js",
      "/sw.js",
      "/_next/static/x.js",
    ]) {
      expect(matches(path), path).toBe(false);
    }
  });

  // The local realtime server's key is derived from AUTH_SECRET, which every running Herald has.
  const local = { AUTH_SECRET: "test-secret-0123456789" };

  it("HSTS in production only; 'unsafe-eval' in development only", () => {
    const production = securityHeaders({ ...local, NODE_ENV: "production" });
    expect(production["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
    expect(production["content-security-policy"]).not.toContain("unsafe-eval");
    expect(
      securityHeaders({ ...local, NODE_ENV: "development" })["strict-transport-security"],
    ).toBeUndefined();
    expect(contentSecurityPolicy({ ...local, NODE_ENV: "development" })).toContain("'unsafe-eval'");
  });

  it("connect-src allows the realtime server the browser is told to use", () => {
    expect(realtimeConnectSources({ ...local, PUSHER_PORT: 6031 })).toEqual([
      "ws://127.0.0.1:6031",
      "http://127.0.0.1:6031",
    ]);
    const channels = { PUSHER_APP_ID: "1", PUSHER_KEY: "k", PUSHER_SECRET: "s", PUSHER_CLUSTER: "eu" };
    expect(realtimeConnectSources(channels)).toEqual(["wss://*.pusher.com", "https://*.pusher.com"]);
    expect(realtimeConnectSources({ ...channels, PUSHER_HOST: "rt.example.com", PUSHER_PORT: 443 })).toEqual([
      "wss://rt.example.com:443",
      "https://rt.example.com:443",
    ]);
    expect(contentSecurityPolicy({ ...local, NODE_ENV: "production", PUSHER_PORT: 6031 })).toContain(
      "connect-src 'self' ws://127.0.0.1:6031",
    );
  });
});
