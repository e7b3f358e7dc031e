// Fake channel adapters for pipeline tests, injected through the registry (lib/channels).
import { channelRegistry } from "@/lib/channels";
import type { ChannelAdapter, ChannelRegistry, DeliveryResult } from "@/lib/channels/types";
import type { Publication } from "@/lib/realtime/publish";

export interface Recorder {
  registry: ChannelRegistry;
  sent: string[]; // delivery ids, once per send() call
  published: Publication[];
}

// Every channel answers with `answer(attempt)` (1-based per delivery); in-app is the real adapter with a fake
// realtime publish, so its notification-center row is real.
export function recordingRegistry(
  answer: (attempt: number, channel: string) => DeliveryResult = () => ({ status: "delivered" }),
  channelsToFake: readonly (keyof ChannelRegistry)[] = [],
): Recorder {
  const sent: string[] = [];
  const published: Publication[] = [];
  const attempts = new Map<string, number>();
  const fake: ChannelAdapter = {
    async send(delivery) {
      sent.push(delivery.id);
      const n = (attempts.get(delivery.id) ?? 0) + 1;
      attempts.set(delivery.id, n);
      return answer(n, delivery.channel);
    },
  };
  const overrides = Object.fromEntries(channelsToFake.map((c) => [c, fake]));
  const counting: ChannelAdapter = {
    async send(delivery, context) {
      sent.push(delivery.id);
      return registry.in_app.send(delivery, context);
    },
  };
  const registry = channelRegistry({
    publish: async (p) => {
      published.push(...p);
      return { ok: true };
    },
    overrides,
  });
  const wrapped = { ...registry, ...(channelsToFake.includes("in_app") ? {} : { in_app: counting }) };
  return { registry: wrapped, sent, published };
}
