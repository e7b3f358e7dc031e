// GET/POST /api/auth/* — Auth.js (sign-in, callbacks, session, sign-out)
import { handlers } from "@/lib/auth";

export const { GET } = handlers;

// Sign-in links are asked for through the sign-in page's action (lib/actions/send-sign-in-link.ts), which
// throttles them per address and per IP; Auth.js's own endpoint would send them unthrottled.
export async function POST(request: Request & Parameters<typeof handlers.POST>[0]) {
  if (new URL(request.url).pathname.endsWith("/signin/resend")) {
    return Response.json(
      { error: { code: "NOT_FOUND", message: "Ask for a sign-in link on the sign-in page" } },
      { status: 404 },
    );
  }
  return handlers.POST(request);
}
