// POST /api/webhooks/slack/interactivity — Slack's shortcuts, buttons and modals: verified, answered within 3 s,
// the work done after (SK8, SK9)
import { after } from "next/server";
import { getDb } from "@/db/client";
import { toResponse } from "@/lib/errors";
import { readCappedText } from "@/lib/http/read-text";
import { receiveSlackInteraction } from "@/lib/integrations/slack/interactivity/receive";

const MAX_BODY_BYTES = 256_000; // one payload; Slack's carry the message and a view, a few KB

export async function POST(request: Request) {
  try {
    const rawBody = await readCappedText(request, MAX_BODY_BYTES);
    const answer = await receiveSlackInteraction(getDb(), {
      rawBody,
      timestamp: request.headers.get("x-slack-request-timestamp"),
      signature: request.headers.get("x-slack-signature"),
      now: new Date(),
    });
    if (answer.work) after(answer.work);
    const type = answer.json ? "application/json" : "text/plain";
    return new Response(answer.body, { status: answer.status, headers: { "content-type": type } });
  } catch (error) {
    return toResponse(error);
  }
}
