// POST /api/webhooks/resend — Resend's webhooks: replies to follow-up emails (email.received, FU8) and delivery
// receipts (X3, FU9). Svix-signed with RESEND_WEBHOOK_SECRET; verified on the raw body (lib/follow-ups).
import { getDb } from "@/db/client";
import { applyEffects } from "@/lib/effects/apply";
import { env } from "@/lib/env";
import { toResponse } from "@/lib/errors";
import { handleResendWebhook } from "@/lib/follow-ups/resend-webhook";
import { readCappedText } from "@/lib/http/read-text";
import { resendApi } from "@/lib/integrations/resend/client";

const MAX_BODY_BYTES = 256_000; // metadata only: an inbound email's body is fetched from Resend

export async function POST(request: Request) {
  try {
    const secret = env().RESEND_WEBHOOK_SECRET;
    const resend = resendApi();
    if (!secret || !resend) {
      return Response.json({ ok: false, result: "Resend webhooks are not configured" }, { status: 503 });
    }
    const raw = await readCappedText(request, MAX_BODY_BYTES);
    const db = getDb();
    const outcome = await handleResendWebhook(db, request.headers, raw, { secret, resend });
    await applyEffects(db, outcome.effects);
    return Response.json(outcome.body, { status: outcome.status });
  } catch (error) {
    return toResponse(error);
  }
}
