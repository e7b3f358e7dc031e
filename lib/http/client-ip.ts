// The caller's IP, for per-IP limits (sign-in, widget API).
import { env } from "@/lib/env";

// Only when a trusted proxy wrote the header: a client can send any X-Forwarded-For, and trusting it would
// let anyone dodge a per-IP limit. Untrusted, null: per-IP limits do not apply, the others still do.
export function clientIp(request: Request): string | null {
  if (!env().TRUST_PROXY && !env().VERCEL) return null;
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
