// GET /widget/frame — the chat iframe's lean HTML page (no Next client runtime); it loads /widget/frame.js.
import { FRAME_CSP, frameHtml } from "@/widget/frame/html";

export function GET() {
  return new Response(frameHtml, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": FRAME_CSP,
      "cache-control": "public, max-age=300",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    },
  });
}
