// POST /api/widget/identify — Herald('identify', …): a known visitor, signed by the customer's server
import { sendRecordedNotifications } from "@/lib/jobs/delivery-worker-process";
import { publish } from "@/lib/realtime/publish";
import { preflight, widgetRoute } from "@/lib/widget/handler";
import { identifyVisitor } from "@/lib/widget/identify";
import { identifyRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(
  identifyRequest,
  async ({ db, workspace, visitorId, input }) => {
    const { visitor, publications, notifications } = await identifyVisitor(
      db,
      { workspaceId: workspace.id, visitorId },
      input,
    );
    await publish(publications);
    await sendRecordedNotifications(db, [notifications]);
    return Response.json({ visitor });
  },
  { limits: ["identifyPerVisitor"] },
);
export const OPTIONS = preflight;
