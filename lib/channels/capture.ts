// Capture mode (DESIGN.md "Embedded defaults"): a channel whose provider is not configured renders what it
// would send and stores it on the delivery, visible in the delivery log, instead of sending.

import { renderNotification } from "@/lib/notifications/content/render";
import type { DeliveryChannel } from "@/lib/notifications/planner/decision";
import type { ChannelAdapter } from "./types";

export function captureAdapter(channel: DeliveryChannel): ChannelAdapter {
  return {
    async send(_delivery, { decision, event }) {
      const { title, body } = renderNotification(event);
      const to =
        decision.recipientUserId ?? decision.recipientVisitorId ?? decision.recipientSlackChannelId ?? "?";
      return {
        status: "captured",
        summary: `[${channel}] to ${decision.recipientKind}:${to}: ${title} — ${body}`,
      };
    },
  };
}
