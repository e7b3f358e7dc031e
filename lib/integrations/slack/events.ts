// Slack's Events API (SK7): verify the v0 signature (5-minute window) with the team's signing secret, take each
// event_id once (retries and replays are harmless), acknowledge at once and do the work after. A thread reply by
// a mapped Slack user reaches the visitor as that teammate, through the same domain functions as the app;
// "note:" makes it an internal note; an unmapped user gets an ephemeral explanation and nothing is sent.
import { z } from "zod";
import type { Db } from "@/db/client";
import {
  claimSlackEvent,
  findConversationBySlackThread,
  findSlackIntegrationByTeam,
} from "@/db/queries/slack";
import type { SlackIntegrationRow } from "@/db/schema";
import type { Publish } from "@/lib/channels/in-app";
import { replyAsAgent } from "@/lib/chat/agent-actions";
import { addInternalNote } from "@/lib/chat/internal-notes";
import { applyEffects, type EffectsDeps } from "@/lib/effects/apply";
import type { Effects } from "@/lib/effects/effects";
import { publish as livePublish } from "@/lib/realtime/publish";
import type { SlackClientOptions } from "./client";
import { signingSecretOf, slackConnectionOf } from "./connection";
import { disconnectDeadSlackToken } from "./dead-token";
import { verifySlackSignature } from "./signature";
import { memberOfSlackUser, UNMAPPED_SLACK_USER_TEXT } from "./slack-member";

const messageEvent = z.object({
  type: z.string(),
  subtype: z.string().optional(),
  channel: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  ts: z.string().optional(),
  thread_ts: z.string().optional(),
});

const envelope = z.object({
  type: z.string(),
  challenge: z.string().optional(),
  team_id: z.string().optional(),
  event_id: z.string().optional(),
  event: messageEvent.optional(),
});

export interface SlackEventsAnswer {
  status: number;
  body: string;
  work?: () => Promise<void>; // run after the acknowledgement has been sent
}

// Tests pass fake publishing: the effects of a reply, and admins' "Slack is disconnected" toast.
export type SlackEventsOptions = SlackClientOptions & { effects?: EffectsDeps; publish?: Publish };

export async function receiveSlackEvents(
  db: Db,
  request: { rawBody: string; timestamp: string | null; signature: string | null; now: Date },
  options: SlackEventsOptions = {},
): Promise<SlackEventsAnswer> {
  let parsed: z.infer<typeof envelope>;
  try {
    parsed = envelope.parse(JSON.parse(request.rawBody));
  } catch {
    return { status: 400, body: "body: not a Slack Events API request" };
  }
  // The team names whose signing secret to check: nothing is acted on before the signature holds.
  const integration = parsed.team_id ? await findSlackIntegrationByTeam(db, parsed.team_id) : undefined;
  if (!integration) return { status: 404, body: "team_id: no connected Slack team" };
  const check = verifySlackSignature({ ...request, signingSecret: signingSecretOf(integration) });
  if (!check.ok) return { status: 401, body: `x-slack-signature: ${check.reason}` };
  if (parsed.type === "url_verification") return { status: 200, body: parsed.challenge ?? "" };
  if (parsed.type !== "event_callback" || !parsed.event_id || !parsed.event)
    return { status: 200, body: "ignored" };
  if (!(await claimSlackEvent(db, parsed.event_id))) return { status: 200, body: "duplicate" };
  const event = parsed.event;
  // The app was removed from the team or its token revoked (PROVIDERS.md §1.1): Disconnected, admins told (SK10).
  if (event.type === "tokens_revoked" || event.type === "app_uninstalled") {
    const publish = options.publish ?? livePublish;
    return {
      status: 200,
      body: "ok",
      work: () => disconnectDeadSlackToken(db, integration.workspaceId, event.type, publish),
    };
  }
  return { status: 200, body: "ok", work: () => takeThreadReply(db, integration, event, options) };
}

// Only a person's reply in a conversation's thread counts: the bot's own posts (bot_id, or the bot user) come
// back as events too and are dropped here, so nothing Herald posted is ever taken as a reply (echo guard).
async function takeThreadReply(
  db: Db,
  integration: SlackIntegrationRow,
  event: z.infer<typeof messageEvent>,
  options: SlackEventsOptions,
) {
  if (event.type !== "message" || event.bot_id || !event.user || event.user === integration.botUserId) return;
  if (event.subtype && event.subtype !== "thread_broadcast" && event.subtype !== "file_share") return;
  if (!event.channel || !event.thread_ts || event.thread_ts === event.ts || !event.text?.trim()) return;
  const { workspaceId } = integration;
  const conversation = await findConversationBySlackThread(db, workspaceId, event.channel, event.thread_ts);
  if (!conversation) return;
  const member = await memberOfSlackUser(db, workspaceId, event.user);
  if (!member) {
    const slack = await slackConnectionOf(db, workspaceId, options);
    await slack?.client.chat.postEphemeral({
      channel: event.channel,
      user: event.user,
      thread_ts: event.thread_ts,
      text: UNMAPPED_SLACK_USER_TEXT,
    });
    return;
  }
  const note = /^note:\s*/i.exec(event.text);
  const body = note ? event.text.slice(note[0].length) : event.text;
  let effects: Effects;
  if (note) {
    const added = await addInternalNote(db, member, conversation.id, body, [], "slack");
    effects = { publications: added.publications, notifications: added.recorded };
  } else effects = await replyAsAgent(db, member, conversation.id, body, "slack");
  await applyEffects(db, [effects], options.effects);
}
