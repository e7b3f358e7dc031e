// In-app: the notification-center row (X4) and a realtime `notification.created` on the user's channel, which
// the agent app turns into a toast, a sound or a browser notification (per the decision's presentation).
import { notifications } from "@/db/schema";
import { renderNotification } from "@/lib/notifications/content/render";
import { channels } from "@/lib/realtime/channels";
import { type Publication, publication } from "@/lib/realtime/publish";
import type { ChannelAdapter } from "./types";

export type Publish = (publications: Publication[]) => Promise<{ ok: boolean; error?: string }>;

export function inAppAdapter(publish: Publish): ChannelAdapter {
  return {
    async send(_delivery, { db, decision, event }) {
      const userId = decision.recipientUserId;
      if (!userId) return { status: "failed", error: "in-app needs a user recipient", retryable: false };
      const text = renderNotification(event);
      const [row] = await db
        .insert(notifications)
        .values({
          workspaceId: decision.workspaceId,
          userId,
          type: event.type,
          ...text,
          conversationId: decision.conversationId,
        })
        .returning({ id: notifications.id });
      const {
        notificationCenter: _kept,
        slackMentions: _slack,
        ...presentation
      } = decision.presentation ?? {};
      const sent = await publish([
        publication(channels.user(userId), "notification.created", {
          id: row.id,
          ...text,
          conversationId: decision.conversationId,
          presentation,
        }),
      ]);
      // The row is the notification; realtime is a view the app re-reads on reconnect. Retrying would add a
      // second row, so a failed publish is recorded on the delivery instead.
      return {
        status: "delivered",
        providerId: row.id,
        providerStatus: sent.ok ? "published" : `realtime failed: ${sent.error}`,
      };
    },
  };
}
