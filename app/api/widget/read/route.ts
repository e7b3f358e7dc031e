// POST /api/widget/read — the visitor has seen the agent's messages up to now
import { readAsVisitor } from "@/lib/chat/visitor-read";
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";
import { readRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(readRequest, async ({ db, workspace, visitorId, input, now, after }) => {
  const read = { workspaceId: workspace.id, visitorId, conversationId: input.conversationId };
  after({ publications: await readAsVisitor(db, read, now) });
  return noContent();
});
export const OPTIONS = preflight;
