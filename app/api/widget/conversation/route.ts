// GET /api/widget/conversation?key=…&token=… — the visitor's conversation and its messages (no internal notes)
import { visitorConversation } from "@/lib/widget/conversation";
import { preflight, widgetRoute } from "@/lib/widget/handler";
import { visitorRequest } from "@/lib/widget/schemas";

export const GET = widgetRoute(
  visitorRequest,
  async ({ db, workspace, visitorId }) =>
    Response.json(await visitorConversation(db, { workspaceId: workspace.id, visitorId })),
  { from: "query" },
);
export const OPTIONS = preflight;
