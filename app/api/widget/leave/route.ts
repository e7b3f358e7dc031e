// POST /api/widget/leave — the page said goodbye (navigator.sendBeacon, so the body arrives as text/plain)
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";
import { visitorRequest } from "@/lib/widget/schemas";
import { recordLeave } from "@/lib/widget/visits";

export const POST = widgetRoute(visitorRequest, async ({ db, workspace, visitorId, now, after }) => {
  after(await recordLeave(db, { workspaceId: workspace.id, visitorId }, now));
  return noContent();
});
export const OPTIONS = preflight;
