// POST /api/widget/cancel — the visitor cancels their pending chat request (RULES.md IC7)
import { cancelChatRequest } from "@/lib/chat/cancel-request";
import { sendRecordedNotifications } from "@/lib/jobs/delivery-worker-process";
import { publish } from "@/lib/realtime/publish";
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";
import { cancelRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(cancelRequest, async ({ db, workspace, visitorId, input, now }) => {
  const ref = { workspaceId: workspace.id, visitorId, conversationId: input.conversationId };
  const cancelled = await cancelChatRequest(db, ref, now);
  await publish(cancelled.publications);
  await sendRecordedNotifications(db, [cancelled.notifications]);
  return noContent();
});
export const OPTIONS = preflight;
