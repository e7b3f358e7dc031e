// Mobile push (FU3: the visitor's app; later agents' apps): capture only until a provider (APNs, FCM, Expo) is
// chosen. A real provider implements `MobilePushProvider` and is passed to `mobilePushAdapter` by the registry.
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
  // Looks up the recipient's device tokens itself and reports like any adapter: a token the provider rejects
  // as unregistered is `deadEndpoint`, throttling and 5xx are retryable.
  send(message: MobilePushMessage, context: DeliveryContext): Promise<DeliveryResult>;
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

export function mobilePushAdapter(provider?: MobilePushProvider): ChannelAdapter {
  return {
    async send(_delivery, context) {
      const message = mobilePushMessage(context);
      if (!message)
        return { status: "failed", error: "mobile push needs a user or visitor recipient", retryable: false };
      if (provider) return provider.send(message, context);
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
