// POST /api/webhooks/slack/events — Slack's Events API: verified, acknowledged at once, the work done after (SK7)
import { after } from "next/server";
import { getDb } from "@/db/client";
import { toResponse } from "@/lib/errors";
import { readCappedText } from "@/lib/http/read-text";
import { receiveSlackEvents } from "@/lib/integrations/slack/events";

const MAX_BODY_BYTES = 256_000; // one event envelope; Slack's are a few KB

export async function POST(request: Request) {
  try {
    const rawBody = await readCappedText(request, MAX_BODY_BYTES);
    const db = getDb();
    const answer = await receiveSlackEvents(db, {
      rawBody,
      timestamp: request.headers.get("x-slack-request-timestamp"),
      signature: request.headers.get("x-slack-signature"),
      now: new Date(),
    });
    // Slack wants its answer within 3 s: the reply itself (a transaction, sends) runs once it has been sent.
    if (answer.work) after(answer.work);
    return new Response(answer.body, { status: answer.status, headers: { "content-type": "text/plain" } });
  } catch (error) {
    return toResponse(error);
  }
}
