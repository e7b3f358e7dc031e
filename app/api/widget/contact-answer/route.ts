// POST /api/widget/contact-answer — the visitor answers "Collect information" (SK8): their email and/or phone,
// kept as an unverified claim and posted in the conversation (lib/chat/contact-answer.ts)
import { answerContactRequest } from "@/lib/chat/contact-answer";
import { preflight, widgetRoute } from "@/lib/widget/handler";
import { contactAnswerRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(
  contactAnswerRequest,
  async ({ db, workspace, visitorId, input, after }) => {
    const answered = await answerContactRequest(
      db,
      { workspaceId: workspace.id, visitorId },
      { email: input.email || undefined, phone: input.phone || undefined },
    );
    after(answered);
    return Response.json({ message: answered.message }, { status: 201 });
  },
  { limits: ["messagePerVisitor"] },
);
export const OPTIONS = preflight;
