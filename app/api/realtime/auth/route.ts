// POST /api/realtime/auth — pusher-js channel authorization for agents (session) and visitors (widget token)
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/member";
import { toResponse } from "@/lib/errors";
import { readCappedText } from "@/lib/http/read-text";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { assertMaySubscribe, channelAuthRequest } from "@/lib/realtime/authorize";
import { pusherServer } from "@/lib/realtime/publish";

const MAX_BODY_BYTES = 8 * 1024;

export async function POST(request: Request) {
  try {
    // pusher-js posts a small urlencoded form; the cap is enforced while reading (413).
    const form = new URLSearchParams(await readCappedText(request, MAX_BODY_BYTES));
    const input = channelAuthRequest.parse(Object.fromEntries(form));
    const byVisitor = Boolean(input.visitor_key || input.visitor_token);
    // An agent is known by the session cookie: only our own pages may ask (pusher-js posts a form, not JSON).
    if (!byVisitor) assertSameOrigin(request);
    const member = byVisitor ? null : await currentMember();
    await assertMaySubscribe(getDb(), input, member);
    return Response.json(pusherServer().authorizeChannel(input.socket_id, input.channel_name));
  } catch (error) {
    return toResponse(error);
  }
}
