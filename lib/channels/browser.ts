// Browser notification (IC5, LV6, AS1): the agent's app is open but not focused, so the open tab itself shows
// a Notification API notification. Delivered as `notification.created` with `browser: true` on the user's
// channel; the tab's presenter decides from its own focus (components/notifications/tab-reaction.ts).
import { channels } from "@/lib/realtime/channels";
import { publication } from "@/lib/realtime/publish";
import { notificationPayload, type Publish } from "./in-app";
import type { ChannelAdapter } from "./types";

export function browserAdapter(publish: Publish): ChannelAdapter {
  return {
    async send(delivery, context) {
      const userId = context.decision.recipientUserId;
      if (!userId)
        return { status: "failed", error: "a browser notification needs a user", retryable: false };
      const p = context.decision.presentation ?? {};
      // The in-app delivery holds the notification-center row; this one is only the interruption.
      const payload = notificationPayload(delivery.id, context, {
        browser: true,
        sound: p.sound,
        titleFlash: p.titleFlash,
        actions: p.actions,
        highlightVisitor: p.highlightVisitor,
      });
      const sent = await publish([publication(channels.user(userId), "notification.created", payload)]);
      // Nothing is stored to undo, and a tab that missed it has the in-app entry: retry only the transient
      // realtime failure.
      if (!sent.ok) return { status: "failed", error: `realtime: ${sent.error}`, retryable: true };
      return { status: "delivered", providerStatus: "published" };
    },
  };
}
