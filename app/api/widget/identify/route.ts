// POST /api/widget/identify — Herald('identify', …): who the visitor is, signed by the customer's server or not
import { preflight, widgetRoute } from "@/lib/widget/handler";
import { identifyVisitor } from "@/lib/widget/identify";
import { identifyRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(
  identifyRequest,
  async ({ db, workspace, visitorId, input, after }) => {
    const { visitor, verified, publications, notifications } = await identifyVisitor(
      db,
      { workspaceId: workspace.id, visitorId },
      input,
    );
    after({ publications, notifications });
    return Response.json({ visitor, verified });
  },
  { limits: ["identifyPerVisitor"] },
);
export const OPTIONS = preflight;
