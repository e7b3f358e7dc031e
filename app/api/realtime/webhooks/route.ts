// POST /api/realtime/webhooks — Pusher channel-existence webhooks (and the local server's): visitor presence
import { getDb } from "@/db/client";
import { applyEffects } from "@/lib/effects/apply";
import { env } from "@/lib/env";
import { AppError, toResponse } from "@/lib/errors";
import { readCappedText } from "@/lib/http/read-text";
import { recordChannelExistence } from "@/lib/presence/visitor-connection";
import { pusherServerOptions } from "@/lib/realtime/config";
import { isWebhookSignatureValid, webhookBodySchema } from "@/lib/realtime/webhook";

const MAX_BODY_BYTES = 256_000; // Pusher batches at most a few hundred small events

export async function POST(request: Request) {
  try {
    const rawBody = await readCappedText(request, MAX_BODY_BYTES);
    const { key, secret } = pusherServerOptions(env());
    const headers = {
      key: request.headers.get("x-pusher-key"),
      signature: request.headers.get("x-pusher-signature"),
    };
    // Verified on the raw body before anything is parsed: a forged webhook changes nothing.
    if (!isWebhookSignatureValid({ key, secret }, headers, rawBody)) {
      throw new AppError("UNAUTHORIZED", "Invalid X-Pusher-Key or X-Pusher-Signature");
    }
    const body = webhookBodySchema.parse(parseJson(rawBody));
    const db = getDb();
    await applyEffects(db, await recordChannelExistence(db, body));
    return Response.json({ ok: true });
  } catch (error) {
    return toResponse(error);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
}
