// POST /api/widget/messages — the visitor sends a message; the first one opens a conversation
import { sendVisitorMessage } from "@/lib/widget/conversation";
import { preflight, widgetRoute } from "@/lib/widget/handler";
import { messageRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(
  messageRequest,
  async ({ db, workspace, visitorId, input, after }) => {
    const sent = await sendVisitorMessage(db, { workspaceId: workspace.id, visitorId }, input.body);
    after(sent);
    return Response.json({ conversationId: sent.conversationId, message: sent.message }, { status: 201 });
  },
  { limits: ["messagePerVisitor"] },
);
export const OPTIONS = preflight;
