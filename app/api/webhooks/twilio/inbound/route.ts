// POST /api/webhooks/twilio/inbound — a visitor's text (SMS or WhatsApp) to Herald's number (FU8, FU9), signed by
// Twilio (X-Twilio-Signature over APP_URL + this path); answered with empty TwiML.
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { toResponse } from "@/lib/errors";
import { handleInboundText, inboundTextSchema } from "@/lib/follow-ups/texts/inbound";
import { emptyTwiml, handleTwilioWebhook } from "@/lib/follow-ups/texts/twilio-webhook";
import { inboundWebhookUrl } from "@/lib/integrations/twilio/client";

export async function POST(request: Request) {
  try {
    const db = getDb();
    return await handleTwilioWebhook(
      db,
      request,
      inboundTextSchema,
      (input) => handleInboundText(db, input, new Date()),
      { authToken: env().TWILIO_AUTH_TOKEN, url: inboundWebhookUrl() },
      emptyTwiml,
    );
  } catch (error) {
    return toResponse(error);
  }
}
