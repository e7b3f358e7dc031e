// The one place that decides, per channel, the real adapter or capture mode (DESIGN.md "Embedded defaults").
// In-app and browser notifications publish on realtime.
// Email is real when RESEND_API_KEY is set. Web push is always real: its VAPID keys are generated when unset, so
// it needs no account, and a user with no subscribed browser is captured. Mobile push captures until a provider
// exists. Texts (sms: WhatsApp first, else SMS) are real when Twilio is configured (TWILIO_*), else captured. Slack posts through a workspace's connected integration (real
// Slack or the sandbox, by SLACK_API_URL); its rules plan nothing while Slack is not connected. Tests pass fakes through `overrides`.
import { emailSender, type ResendConfig } from "@/lib/integrations/resend/client";
import { textSender } from "@/lib/integrations/twilio/client";
import { deliveryChannels } from "@/lib/notifications/planner/decision";
import { publish } from "@/lib/realtime/publish";
import { browserAdapter } from "./browser";
import { captureAdapter } from "./capture";
import { emailAdapter } from "./email";
import { inAppAdapter, type Publish } from "./in-app";
import { mobilePushAdapter } from "./mobile-push";
import { slackAdapter } from "./slack";
import { smsAdapter } from "./sms";
import type { ChannelAdapter, ChannelRegistry } from "./types";
import { webPushAdapter } from "./web-push";

export function channelRegistry(
  options: { overrides?: Partial<ChannelRegistry>; publish?: Publish; config?: ResendConfig } = {},
): ChannelRegistry {
  const adapters = Object.fromEntries(deliveryChannels.map((c) => [c, captureAdapter(c)])) as Record<
    (typeof deliveryChannels)[number],
    ChannelAdapter
  >;
  adapters.in_app = inAppAdapter(options.publish ?? publish);
  adapters.browser = browserAdapter(options.publish ?? publish);
  adapters.email = emailAdapter(emailSender(options.config));
  adapters.web_push = webPushAdapter();
  adapters.mobile_push = mobilePushAdapter();
  adapters.sms = smsAdapter(textSender());
  adapters.slack_channel = slackAdapter();
  adapters.slack_dm = slackAdapter();
  return { ...adapters, ...options.overrides };
}

export type { ChannelAdapter, ChannelRegistry, DeliveryContext, DeliveryResult } from "./types";
