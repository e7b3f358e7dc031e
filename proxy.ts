// The session gate: signed-out visitors of the agent app go to /sign-in. Roles are checked by the pages.
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";

export async function proxy(request: NextRequest) {
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
  matcher: [
    "/",
    "/live/:path*",
    "/inbox/:path*",
    "/notifications/:path*",
    "/supervisor/:path*",
    "/settings/:path*",
  ],
};
