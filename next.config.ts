import type { NextConfig } from "next";

// `next dev` serves its dev resources (HMR, chunks) to localhost only: opened at http://127.0.0.1:3000 the page
// would render but never hydrate. Allow every loopback name and the host of APP_URL.
function allowedDevOrigins(): string[] {
  const hosts = ["localhost", "127.0.0.1", "[::1]", "*.localhost"];
  try {
    if (process.env.APP_URL) hosts.push(new URL(process.env.APP_URL).hostname);
  } catch {
    // An invalid APP_URL is reported by lib/env.ts at start; the loopback names still apply.
  }
  return [...new Set(hosts)];
}

const nextConfig: NextConfig = {
  allowedDevOrigins: allowedDevOrigins(),
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss"],
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  poweredByHeader: false,
};

export default nextConfig;
