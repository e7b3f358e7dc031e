// POST /api/widget/read — the visitor has seen the agent's messages up to now
import { readAsVisitor } from "@/lib/chat/visitor-read";
import { publish } from "@/lib/realtime/publish";
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";
import { readRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(readRequest, async ({ db, workspace, visitorId, input, now }) => {
  const read = { workspaceId: workspace.id, visitorId, conversationId: input.conversationId };
  await publish(await readAsVisitor(db, read, now));
  return noContent();
});
export const OPTIONS = preflight;
