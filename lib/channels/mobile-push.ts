// Mobile push: a visitor's phone through the customer's own app (FU3: FCM or APNs, lib/follow-ups/mobile-push),
// an agent's phone through the installed Herald PWA (IC2 `mobile_push`: web push to subscriptions tagged
// mobile). Each recipient kind has its provider; without one the notification is captured.
import type { DeliveryRow } from "@/db/schema";
import type { ChannelAdapter, DeliveryContext, DeliveryResult } from "./types";

// What a mobile notification carries, whatever the provider.
export interface MobilePushMessage {
  recipient: { kind: "user" | "visitor"; id: string };
  title: string;
  body: string;
  data: { conversationId?: string; url?: string; eventType: string };
  collapseKey?: string; // one notification per conversation on the device
}

export interface MobilePushProvider {
  readonly name: string;
  // Looks up the recipient's devices itself and reports like any adapter: a token the provider rejects as
  // unregistered is marked dead, throttling and 5xx are retryable.
  send(message: MobilePushMessage, context: DeliveryContext, delivery: DeliveryRow): Promise<DeliveryResult>;
}

export interface MobilePushProviders {
  visitor?: MobilePushProvider;
  user?: MobilePushProvider;
}

export function mobilePushMessage(context: DeliveryContext): MobilePushMessage | undefined {
  const { decision, event, content } = context;
  const id = decision.recipientUserId ?? decision.recipientVisitorId;
  if (!id) return undefined;
  const { title, body, tag, url } = content.push;
  const conversationId = decision.conversationId ?? undefined;
  return {
    recipient: { kind: decision.recipientUserId ? "user" : "visitor", id },
    title,
    body,
    data: {
      conversationId,
      url,
      eventType: event.type,
    },
    collapseKey: tag,
  };
}

export function mobilePushAdapter(providers: MobilePushProviders = {}): ChannelAdapter {
  return {
    async send(delivery, context) {
      const message = mobilePushMessage(context);
      if (!message)
        return { status: "failed", error: "mobile push needs a user or visitor recipient", retryable: false };
      const provider = providers[message.recipient.kind];
      if (provider) return provider.send(message, context, delivery);
      return captureMobilePush(message);
    },
  };
}

// No provider: what would have gone out (also the "send me a test" of Settings → Notifications).
export function captureMobilePush(message: MobilePushMessage): DeliveryResult {
  const link = message.data.url ? ` (${message.data.url})` : "";
  return {
    status: "captured",
    summary: `[mobile_push] to ${message.recipient.kind}:${message.recipient.id}: ${message.title} — ${message.body}${link}`,
  };
}
