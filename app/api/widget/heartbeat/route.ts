// POST /api/widget/heartbeat — the loader's presence beat (every 15 s and on visibility changes): the hot path
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";
import { heartbeatRequest } from "@/lib/widget/schemas";
import { recordHeartbeat } from "@/lib/widget/visits";

export const POST = widgetRoute(
  heartbeatRequest,
  async ({ db, workspace, visitorId, input, now, after }) => {
    const beat = { hidden: input.hidden, active: input.active };
    after({ publications: await recordHeartbeat(db, { workspaceId: workspace.id, visitorId }, beat, now) });
    return noContent();
  },
  { limits: ["heartbeatPerVisitor"] },
);
export const OPTIONS = preflight;
