// GET /widget/frame?key=pk_… — the chat iframe's lean HTML page (no Next client runtime); it loads
// /widget/frame.js. Only the workspace's allowed site origins may frame it (Settings → Install).
import { getDb } from "@/db/client";
import { widgetWorkspace } from "@/lib/widget/workspace-cache";
import { frameCsp, frameHtml } from "@/widget/frame/html";

const common = { "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" };

export async function GET(request: Request) {
  const key = new URL(request.url).searchParams.get("key") ?? "";
  const workspace = key && key.length <= 100 ? await widgetWorkspace(getDb(), key) : null;
  if (!workspace) {
    return new Response("No workspace has this widget key", {
      status: 404,
      headers: { ...common, "content-security-policy": frameCsp(["'none'"]) },
    });
  }
  return new Response(frameHtml, {
    headers: {
      ...common,
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": frameCsp(workspace.allowedOrigins),
      // Short, so a change of allowed origins reaches browsers within about a minute (as the key cache).
      "cache-control": "public, max-age=60",
    },
  });
}
