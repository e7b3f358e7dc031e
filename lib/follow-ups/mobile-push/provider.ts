// FU3 as a channel provider: the follow-up push to the visitor's app. A push that reached no device (none
// registered, every token dead, no credentials) leaves nothing to wait 30 s for: the same event's email and
// text steps become due now and the worker is woken for them.
import { bringForwardFollowUpSteps } from "@/db/queries/visitor-devices";
import type { MobilePushProvider } from "@/lib/channels/mobile-push";
import { wakeProcessWorker } from "@/lib/jobs/delivery-worker-process";
import { continueUrl } from "../continue-link";
import { type PushOrigins, pushToVisitor } from "./send";

export const visitorPushProvider = (origins: PushOrigins = {}): MobilePushProvider => ({
  name: "fcm+apns",
  async send(message, { db, decision, now }, delivery) {
    const conversationId = message.data.conversationId;
    const outcome = await pushToVisitor(
      db,
      { workspaceId: decision.workspaceId, visitorId: message.recipient.id },
      {
        deliveryId: delivery.id,
        conversationId,
        title: message.title,
        body: message.body,
        url: conversationId ? continueUrl(conversationId) : undefined,
        collapseKey: message.collapseKey,
      },
      now,
      origins,
    );
    if (outcome.status === "failed" && !outcome.retryable) {
      const brought = await bringForwardFollowUpSteps(db, decision, now);
      if (brought.length > 0) await wakeProcessWorker(now);
    }
    return outcome;
  },
});
