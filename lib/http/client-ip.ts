// The caller's IP, for per-IP limits (sign-in, account emails, widget API).
import { env } from "@/lib/env";

// X-Forwarded-For as it reaches Next: `npm run dev|start` load scripts/peer-address.cjs, which appends the
// socket address (as a proxy would), so the right-most entry is always the peer that connected to Herald.
// Every proxy in front appends the address it saw, so with TRUST_PROXY_HOPS=N the client is the entry N places
// left of the right-most: the right-most one no trusted proxy wrote. The left-most is whatever the client
// sent, and anyone can forge it. On Vercel its edge overwrites the header with the client's address.
// A Request, or `{ headers: await headers() }` in a server action.
export function clientIp(request: { headers: Headers }, hops = env().TRUST_PROXY_HOPS): string | null {
  const entries = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  return entries[Math.max(0, entries.length - 1 - hops)] ?? null;
}
