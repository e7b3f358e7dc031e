// POST /api/widget/contact — "Get the reply by email" / "by text": the visitor's address or phone number (E.164),
// stored as unverified (shown to agents, used for follow-ups, never to match an account).
import { setVisitorContactEmail } from "@/db/queries/follow-ups";
import { setVisitorContactPhone } from "@/db/queries/texts";
import { noContent, preflight, widgetRoute } from "@/lib/widget/handler";
import { contactRequest } from "@/lib/widget/schemas";

export const POST = widgetRoute(contactRequest, async ({ db, workspace, visitorId, input }) => {
  if (input.email) await setVisitorContactEmail(db, workspace.id, visitorId, input.email);
  if (input.phone) await setVisitorContactPhone(db, workspace.id, visitorId, input.phone);
  return noContent();
});
export const OPTIONS = preflight;
