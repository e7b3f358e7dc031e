// The one place that decides, per channel, the real adapter or capture mode. In-app and browser notifications
// publish on realtime; real email, web push, mobile push, Slack and Twilio adapters plug in here when their keys
// are set; until they exist every external channel captures. Tests pass fakes through `overrides`.
import { channels } from "@/lib/notifications/decision";
import { publish } from "@/lib/realtime/publish";
import { browserAdapter } from "./browser";
import { captureAdapter } from "./capture";
import { inAppAdapter, type Publish } from "./in-app";
import type { ChannelAdapter, ChannelRegistry } from "./types";

export function channelRegistry(
  options: { overrides?: Partial<ChannelRegistry>; publish?: Publish } = {},
): ChannelRegistry {
  const adapters = Object.fromEntries(channels.map((c) => [c, captureAdapter(c)])) as Record<
    (typeof channels)[number],
    ChannelAdapter
  >;
  adapters.in_app = inAppAdapter(options.publish ?? publish);
  adapters.browser = browserAdapter(options.publish ?? publish);
  return { ...adapters, ...options.overrides };
}

export type { ChannelAdapter, ChannelRegistry, DeliveryContext, DeliveryResult } from "./types";
