// POST /api/widget/pageview — a page loaded: continue the visit or start a new one after 30 min idle
import { sendRecordedNotifications } from "@/lib/jobs/delivery-worker-process";
import { publish } from "@/lib/realtime/publish";
import { preflight, widgetRoute } from "@/lib/widget/handler";
import { pageViewRequest } from "@/lib/widget/schemas";
import { recordPageView } from "@/lib/widget/visits";

export const POST = widgetRoute(pageViewRequest, async ({ db, workspace, visitorId, input, now }) => {
  const { url, title, referrer } = input;
  const visitor = { workspaceId: workspace.id, visitorId };
  const { visitId, publications, notifications } = await recordPageView(
    db,
    visitor,
    { url, title, referrer },
    now,
  );
  await publish(publications);
  await sendRecordedNotifications(db, [notifications]);
  return Response.json({ visitId });
});
export const OPTIONS = preflight;
