// POST /api/webhooks/twilio/status — Twilio's status callback for a follow-up text (X3, FU5), signed by Twilio
// (X-Twilio-Signature over APP_URL + this path): the text's status moves forward only; a failed WhatsApp text
// falls back to SMS.
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { toResponse } from "@/lib/errors";
import { applyTextStatus, textStatusSchema } from "@/lib/follow-ups/texts/status-callback";
import { handleTwilioWebhook } from "@/lib/follow-ups/texts/twilio-webhook";
import { statusCallbackUrl } from "@/lib/integrations/twilio/client";

export async function POST(request: Request) {
  try {
    const db = getDb();
    return await handleTwilioWebhook(
      db,
      request,
      textStatusSchema,
      (input) =>
        applyTextStatus(
          db,
          { sid: input.MessageSid, status: input.MessageStatus, errorCode: input.ErrorCode ?? null },
          new Date(),
        ),
      { authToken: env().TWILIO_AUTH_TOKEN, url: statusCallbackUrl() },
      (result) => Response.json({ ok: true, result }),
    );
  } catch (error) {
    return toResponse(error);
  }
}
