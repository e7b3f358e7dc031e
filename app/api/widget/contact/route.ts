// POST /api/widget/contact — "Get the reply by email": the visitor's address, stored as unverified (shown to
// agents, used for follow-ups, never to match an account).
import { setVisitorContactEmail } from "@/db/queries/follow-ups";
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";
import { contactRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(contactRequest, async ({ db, workspace, visitorId, input }) => {
  await setVisitorContactEmail(db, workspace.id, visitorId, input.email);
  return noContent();
});
export const OPTIONS = preflight;
