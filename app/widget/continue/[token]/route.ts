// GET /widget/continue/<signed token> — the chat as a full page for a visitor who follows a follow-up email's
// link (FU6): the widget's frame, started without a loader. Not framable; never cached (it carries the visitor).
import { getDb } from "@/db/client";
import { hostedChatHtml } from "@/lib/follow-ups/hosted-chat";
import { frameCsp } from "@/widget/frame/html";

const headers = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "content-security-policy": frameCsp(["'none'"]),
};

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const html = await hostedChatHtml(getDb(), (await params).token);
  if (!html) return new Response("This link is not valid.", { status: 404, headers });
  return new Response(html, { headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
