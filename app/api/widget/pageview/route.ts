// POST /api/widget/pageview — a page loaded: continue the visit or start a new one after 30 min idle
import { preflight, widgetRoute } from "@/lib/widget/handler";
import { pageViewRequest } from "@/lib/widget/schemas";
import { recordPageView } from "@/lib/widget/visits";

export const POST = widgetRoute(pageViewRequest, async ({ db, workspace, visitorId, input, now, after }) => {
  const { url, title, referrer } = input;
  const visitor = { workspaceId: workspace.id, visitorId };
  const viewed = await recordPageView(db, visitor, { url, title, referrer }, now);
  after(viewed);
  return Response.json({ visitId: viewed.visitId });
});
export const OPTIONS = preflight;
