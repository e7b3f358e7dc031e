// POST /api/widget/heartbeat — the loader's presence report, sent only on a change (hidden/visible,
// idle/active; issue 14), never periodically (the path's name is historical).
import { publish } from "@/lib/realtime/publish";
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";
import { presenceReportRequest } from "@/lib/widget/schemas";
import { recordPresenceReport } from "@/lib/widget/visits";

export const POST = widgetRoute(
  presenceReportRequest,
  async ({ db, workspace, visitorId, input, now }) => {
    const report = { hidden: input.hidden, idle: input.idle };
    await publish(await recordPresenceReport(db, { workspaceId: workspace.id, visitorId }, report, now));
    return noContent();
  },
  { limits: ["heartbeatPerVisitor"] },
);
export const OPTIONS = preflight;
