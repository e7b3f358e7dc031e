// Browser notification (IC5, LV6, AS1): the agent's app is open but not focused, so the open tab itself shows
// a Notification API notification. Delivered as `notification.created` with `browser: true` on the user's
// channel; the tab's presenter decides from its own focus (components/notifications/tab-reaction.ts).
import { renderNotification } from "@/lib/notifications/content/render";
import { channels } from "@/lib/realtime/channels";
import { publication } from "@/lib/realtime/publish";
import type { Publish } from "./in-app";
import type { ChannelAdapter } from "./types";

export function browserAdapter(publish: Publish): ChannelAdapter {
  return {
    async send(delivery, { decision, event }) {
      const userId = decision.recipientUserId;
      if (!userId)
        return { status: "failed", error: "a browser notification needs a user", retryable: false };
      const p = decision.presentation ?? {};
      const sent = await publish([
        publication(channels.user(userId), "notification.created", {
          // The in-app delivery holds the notification-center row; this one is only the interruption.
          id: delivery.id,
          ...renderNotification(event),
          conversationId: decision.conversationId,
          presentation: { browser: true, sound: p.sound, titleFlash: p.titleFlash, actions: p.actions },
        }),
      ]);
      // Nothing is stored to undo, and a tab that missed it has the in-app entry: retry only the transient
      // realtime failure.
      if (!sent.ok) return { status: "failed", error: `realtime: ${sent.error}`, retryable: true };
      return { status: "delivered", providerStatus: "published" };
    },
  };
}
