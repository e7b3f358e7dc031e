// IC2 `mobile_push` for agents: the phones where they installed Herald (the PWA) subscribed to web push as
// "mobile" devices; the notification goes there, the same payload as web push, never to their desktops.
import type { MobilePushProvider } from "./mobile-push";
import { type WebPushOptions, webPushAdapter } from "./web-push";

export const agentPhonePushProvider = (options: WebPushOptions = {}): MobilePushProvider => {
  const phones = webPushAdapter({ ...options, device: "mobile" });
  return {
    name: "web-push (installed PWA)",
    send: (_message, context, delivery) => phones.send(delivery, context),
  };
};
