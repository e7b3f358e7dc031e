// Every page: the security headers (lib/http/security-headers.ts). The agent app's pages: the session gate,
// sending signed-out visitors to /sign-in (roles are checked by the pages).
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { securityHeaders } from "@/lib/http/security-headers";

const GATED = ["/live", "/inbox", "/notifications", "/supervisor", "/settings"];
const isGated = (path: string) => path === "/" || GATED.some((p) => path === p || path.startsWith(`${p}/`));

let headers: Record<string, string> | undefined; // the configuration does not change while running

export async function proxy(request: NextRequest) {
  const response = isGated(request.nextUrl.pathname) ? await sessionGate(request) : NextResponse.next();
  headers ??= securityHeaders(env());
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

async function sessionGate(request: NextRequest) {
  const token = await getToken({
    req: request,
    secret: env().AUTH_SECRET,
    // Auth.js names the cookie after APP_URL's scheme (its AUTH_URL): behind a TLS proxy the request is http.
    secureCookie: env().APP_URL.startsWith("https:"),
  });
  if (token?.sub) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl.origin);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Pages only: not the APIs (JSON), Next's assets, public files (a dot in the name) or the widget frame,
  // which sets its own policy (app/widget/frame/route.ts).
  matcher: ["/((?!api/|_next/|widget/|.*\\..*).*)"],
};
