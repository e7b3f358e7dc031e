// Twilio's webhooks to Herald (inbound texts, status callbacks): the raw form body read under a cap, its
// X-Twilio-Signature checked against the APP_URL-based URL, then handed to the handler; the effects (a posted
// message, a requeued delivery) are applied after commit.
import type { z } from "zod";
import type { Db } from "@/db/client";
import { applyEffects } from "@/lib/effects/apply";
import type { Effects } from "@/lib/effects/effects";
import { fieldErrorsOf } from "@/lib/errors";
import { readCappedText } from "@/lib/http/read-text";
import { twilioParams, verifyTwilioSignature } from "@/lib/integrations/twilio/signature";

const MAX_BODY_BYTES = 64_000; // a text is at most 1,600 characters; media come as URLs

export interface TwilioWebhookDeps {
  authToken: string | undefined;
  url: string; // the public URL Twilio was told to call (APP_URL + path)
  log?: (message: string) => void;
  apply?: (db: Db, effects: Effects[]) => Promise<void>;
}

export async function handleTwilioWebhook<S extends z.ZodType>(
  db: Db,
  request: Request,
  schema: S,
  handle: (input: z.infer<S>) => Promise<{ result: string; effects: Effects[] }>,
  deps: TwilioWebhookDeps,
  answer: (result: string) => Response,
): Promise<Response> {
  const log = deps.log ?? ((m: string) => console.warn(`[twilio webhook] ${m}`));
  if (!deps.authToken)
    return Response.json({ ok: false, result: "Twilio is not configured" }, { status: 503 });
  const raw = await readCappedText(request, MAX_BODY_BYTES);
  const params = twilioParams(raw);
  if (!verifyTwilioSignature(deps.authToken, request.headers.get("x-twilio-signature"), deps.url, params)) {
    log(`refused a webhook to ${deps.url}: invalid X-Twilio-Signature`);
    return Response.json({ ok: false, result: "invalid signature" }, { status: 401 });
  }
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    return Response.json(
      { ok: false, error: "invalid webhook", fields: fieldErrorsOf(parsed.error) },
      { status: 400 },
    );
  }
  const outcome = await handle(parsed.data);
  await (deps.apply ?? applyEffects)(db, outcome.effects);
  return answer(outcome.result);
}

// An empty TwiML answer: Herald replies in the chat, not by an automatic text.
export const emptyTwiml = () =>
  new Response('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', {
    headers: { "content-type": "text/xml" },
  });
