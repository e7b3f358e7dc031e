// POST /api/widget/identify — Herald('identify', …): who the visitor is, signed by the customer's server or not
import { sendRecordedNotifications } from "@/lib/jobs/delivery-worker-process";
import { publish } from "@/lib/realtime/publish";
import { preflight, widgetRoute } from "@/lib/widget/handler";
import { identifyVisitor } from "@/lib/widget/identify";
import { identifyRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(
  identifyRequest,
  async ({ db, workspace, visitorId, input }) => {
    const { visitor, verified, publications, notifications } = await identifyVisitor(
      db,
      { workspaceId: workspace.id, visitorId },
      input,
    );
    await publish(publications);
    await sendRecordedNotifications(db, [notifications]);
    return Response.json({ visitor, verified });
  },
  { limits: ["identifyPerVisitor"] },
);
export const OPTIONS = preflight;
