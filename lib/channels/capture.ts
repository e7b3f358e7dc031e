// Capture mode (DESIGN.md "Embedded defaults"): a channel whose provider is not configured renders what it
// would send and stores it on the delivery, visible in the delivery log, instead of sending.
import type { NotificationContent } from "@/lib/notifications/content";
import type { DeliveryChannel } from "@/lib/notifications/planner/decision";
import type { ChannelAdapter } from "./types";

// Each channel's own surface (X5): Slack's message, the SMS text, else what a push would show.
function rendered(channel: DeliveryChannel, content: NotificationContent): string {
  if (channel === "slack_dm" || channel === "slack_channel") return content.slack.text;
  if (channel === "sms" || channel === "whatsapp") return content.sms;
  return `${content.push.title} — ${content.push.body}`;
}

export function captureAdapter(channel: DeliveryChannel): ChannelAdapter {
  return {
    async send(_delivery, { decision, content }) {
      const to =
        decision.recipientUserId ?? decision.recipientVisitorId ?? decision.recipientSlackChannelId ?? "?";
      return {
        status: "captured",
        summary: `[${channel}] to ${decision.recipientKind}:${to}: ${rendered(channel, content)}`,
      };
    },
  };
}
