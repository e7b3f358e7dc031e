// In-app: the notification-center row (X4) and a realtime `notification.created` on the user's channel, which
// the agent app turns into a toast, a sound or a browser notification (per the decision's presentation).
import { insertNotification } from "@/db/queries/notification-center";
import { visitorName } from "@/lib/notifications/content/facts";
import { channels } from "@/lib/realtime/channels";
import type { NotificationPayload } from "@/lib/realtime/events";
import { type Publication, publication } from "@/lib/realtime/publish";
import type { ChannelAdapter, DeliveryContext } from "./types";

export type Publish = (publications: Publication[]) => Promise<{ ok: boolean; error?: string }>;

// What the open tab receives: the in-app words, the OS notification's words, and whom to greet (X5, LV8).
export function notificationPayload(
  id: string,
  { decision, facts, content }: DeliveryContext,
  presentation: NotificationPayload["presentation"],
): NotificationPayload {
  const { title, body, tag } = content.push;
  return {
    id,
    ...content.inApp,
    notice: { title, body, tag },
    visitor: facts.visitor
      ? { id: facts.visitor.id, label: visitorName(facts), name: facts.visitor.name }
      : null,
    conversationId: decision.conversationId,
    presentation,
  };
}

export function inAppAdapter(publish: Publish): ChannelAdapter {
  return {
    async send(delivery, context) {
      const { db, decision, event, content } = context;
      const userId = decision.recipientUserId;
      if (!userId) return { status: "failed", error: "in-app needs a user recipient", retryable: false };
      const id = await insertNotification(db, {
        workspaceId: decision.workspaceId,
        userId,
        type: event.type,
        ...content.inApp,
        conversationId: decision.conversationId,
        deliveryId: delivery.id, // X2: a retry of this delivery finds its row instead of adding one
      });
      const {
        notificationCenter: _kept,
        slackMentions: _slack,
        ...presentation
      } = decision.presentation ?? {};
      const sent = await publish([
        publication(
          channels.user(userId),
          "notification.created",
          notificationPayload(id, context, presentation),
        ),
      ]);
      // The row is the notification; realtime is a view the app re-reads on reconnect, so a failed publish is
      // recorded on the delivery rather than retried.
      return {
        status: "delivered",
        providerId: id,
        providerStatus: sent.ok ? "published" : `realtime failed: ${sent.error}`,
      };
    },
  };
}
