// Cross-site request forgery guard for routes a session cookie authenticates: the browser sends the cookie with
// any site's request, but only our own pages send our Origin, and only a CORS-checked fetch can send
// application/json (a form or a text/plain fetch from another site skips the preflight).
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// The origins this app is reached at: APP_URL, and the host the request was addressed to (what the browser
// put in Host, or a proxy in X-Forwarded-Host; a forger's page cannot set either on the victim's request).
function ownHosts(request: Request): Set<string> {
  const hosts = new Set([new URL(env().APP_URL).host]);
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || request.headers.get("host") || new URL(request.url).host;
  hosts.add(host);
  return hosts;
}

export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  let host: string | null = null;
  try {
    host = origin && origin !== "null" ? new URL(origin).host : null;
  } catch {}
  if (!host || !ownHosts(request).has(host)) {
    throw new AppError("FORBIDDEN", "This request must come from Herald's own pages (Origin)");
  }
}

// A state-changing request authenticated by the session cookie: same origin, and a JSON body.
export function assertCookieJsonRequest(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  assertSameOrigin(request);
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "The body must be sent as Content-Type: application/json");
  }
}
