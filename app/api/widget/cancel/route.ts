// POST /api/widget/cancel — the visitor cancels their pending chat request (RULES.md IC7)
import { cancelChatRequest } from "@/lib/chat/cancel-request";
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";
import { cancelRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(cancelRequest, async ({ db, workspace, visitorId, input, now, after }) => {
  const ref = { workspaceId: workspace.id, visitorId, conversationId: input.conversationId };
  after(await cancelChatRequest(db, ref, now));
  return noContent();
});
export const OPTIONS = preflight;
