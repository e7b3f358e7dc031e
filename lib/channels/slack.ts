// Slack: a routing group's or the global channel (SK1, SK5) and a member's DM (SK2–SK4, LV6), Block Kit from the
// content module. The first post about a conversation becomes its thread root (SK6). Slack's refusals are
// recorded as they are (SK10): a channel error flags the channel, a dead token disconnects the integration.
import type { Db } from "@/db/client";
import {
  findSlackUserIdOf,
  flagSlackChannel,
  setConversationSlackThread,
  unflagSlackChannel,
} from "@/db/queries/slack";
import type { DecisionRow } from "@/db/schema";
import {
  channelErrors,
  deadTokenErrors,
  deliveryFailureOf,
  type SlackClientOptions,
  slackFailureOf,
} from "@/lib/integrations/slack/client";
import { type SlackConnection, slackConnectionOf } from "@/lib/integrations/slack/connection";
import { disconnectDeadSlackToken } from "@/lib/integrations/slack/dead-token";
import { closeButtonBlock } from "@/lib/integrations/slack/interactivity/qualification";
import { subjectsOf } from "@/lib/notifications/events/subjects";
import type { Publish } from "./in-app";
import type { ChannelAdapter, DeliveryResult } from "./types";

// `publish`: how admins' "Slack is disconnected" notification reaches their open tabs (SK10).
export function slackAdapter(options: SlackClientOptions & { publish?: Publish } = {}): ChannelAdapter {
  const publish = options.publish ?? (async () => ({ ok: true }));
  return {
    async send(_delivery, { db, decision, event, content }) {
      const slack = await slackConnectionOf(db, decision.workspaceId, options);
      if (!slack) return { status: "failed", error: "Slack is not connected", retryable: false };
      const channel = await destinationOf(db, slack, decision).catch((e: unknown) => slackFailureOf(e));
      if (typeof channel !== "string") return settleFailure(db, decision, channel, null, publish);
      // SK1: the group's available mapped members are @mentioned above the notification.
      const mentions = (decision.presentation?.slackMentions ?? []).map((id) => `<@${id}>`).join(" ");
      const conversationId = subjectsOf(event).conversationId;
      const blocks = [
        ...(mentions
          ? [{ type: "section" as const, text: { type: "mrkdwn" as const, text: mentions } }]
          : []),
        ...content.slack.blocks,
        // SK9: a post about a conversation (its thread root) carries "Close", which asks for the qualification.
        ...(conversationId ? [closeButtonBlock(conversationId)] : []),
      ];
      try {
        const posted = await slack.client.chat.postMessage({
          channel,
          text: mentions ? `${mentions} ${content.slack.text}` : content.slack.text,
          blocks,
          unfurl_links: false,
        });
        if (slack.integration.flaggedChannels.some((f) => f.startsWith(`${channel}:`))) {
          await unflagSlackChannel(db, decision.workspaceId, channel);
        }
        if (conversationId && posted.ts && posted.channel) {
          await setConversationSlackThread(
            db,
            decision.workspaceId,
            conversationId,
            posted.channel,
            posted.ts,
          );
        }
        return { status: "delivered", providerId: posted.ts, providerStatus: "posted" };
      } catch (error) {
        return settleFailure(db, decision, slackFailureOf(error), channel, publish);
      }
    },
  };
}

// A channel post goes to the decided channel; a DM opens the member's IM first (conversations.open).
async function destinationOf(
  db: Db,
  slack: SlackConnection,
  decision: DecisionRow,
): Promise<string | { code: string }> {
  if (decision.channel === "slack_channel") {
    return decision.recipientSlackChannelId ?? { code: "no channel decided" };
  }
  const slackUserId = decision.recipientUserId
    ? await findSlackUserIdOf(db, decision.workspaceId, decision.recipientUserId)
    : null;
  if (!slackUserId) return { code: "not_mapped" };
  const opened = await slack.client.conversations.open({ users: slackUserId });
  return opened.channel?.id ?? { code: "no DM channel" };
}

async function settleFailure(
  db: Db,
  decision: DecisionRow,
  failure: { code: string; retryAfterSeconds?: number },
  channel: string | null,
  publish: Publish,
): Promise<DeliveryResult> {
  if (deadTokenErrors.has(failure.code)) {
    await disconnectDeadSlackToken(db, decision.workspaceId, failure.code, publish);
  }
  if (channel && channelErrors.has(failure.code)) {
    await flagSlackChannel(db, decision.workspaceId, channel, failure.code);
  }
  return deliveryFailureOf(failure);
}
