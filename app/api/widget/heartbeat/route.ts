// POST /api/widget/heartbeat — the loader's presence report, sent only on a change (hidden/visible,
// idle/active; issue 14), never periodically (the path's name is historical).
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";
import { presenceReportRequest } from "@/lib/widget/schemas";
import { recordPresenceReport } from "@/lib/widget/visits";

export const POST = widgetRoute(
  presenceReportRequest,
  async ({ db, workspace, visitorId, input, now, after }) => {
    const report = { hidden: input.hidden, idle: input.idle };
    after(await recordPresenceReport(db, { workspaceId: workspace.id, visitorId }, report, now));
    return noContent();
  },
  { limits: ["heartbeatPerVisitor"] },
);
export const OPTIONS = preflight;
