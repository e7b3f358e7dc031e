// POST /api/widget/identify — Herald('identify', …): a known visitor, signed by the customer's server
import { preflight, widgetRoute } from "@/lib/widget/handler";
import { identifyVisitor } from "@/lib/widget/identify";
import { identifyRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(
  identifyRequest,
  async ({ db, workspace, visitorId, input, after }) => {
    const identified = await identifyVisitor(db, { workspaceId: workspace.id, visitorId }, input);
    after(identified);
    return Response.json({ visitor: identified.visitor });
  },
  { limits: ["identifyPerVisitor"] },
);
export const OPTIONS = preflight;
