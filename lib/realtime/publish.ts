// Server-side publishing through the `pusher` SDK: to Pusher Channels, or the local server (lib/realtime/config.ts).
import Pusher from "pusher";
import { env } from "@/lib/env";
import { pusherServerOptions } from "./config";
import type { RealtimeEventName, RealtimeEvents } from "./events";

const holder = globalThis as unknown as { __heraldPusher?: Pusher };

// A publish is awaited before a request answers: without a timeout, a realtime service that stops answering
// would hold every such request (the SDK sets none by default).
const PUBLISH_TIMEOUT_MS = 5_000;

export function pusherServer(): Pusher {
  holder.__heraldPusher ??= new Pusher({ ...pusherServerOptions(env()), timeout: PUBLISH_TIMEOUT_MS });
  return holder.__heraldPusher;
}

export interface Publication<E extends RealtimeEventName = RealtimeEventName> {
  channel: string;
  event: E;
  data: RealtimeEvents[E];
}

export const publication = <E extends RealtimeEventName>(
  channel: string,
  event: E,
  data: RealtimeEvents[E],
): Publication<E> => ({ channel, event, data });

// Realtime is a view of what is already stored: a failed publish must not undo the write, and clients
// re-read on reconnect. It is reported, never swallowed silently.
export async function publish(publications: Publication[]): Promise<{ ok: boolean; error?: string }> {
  if (publications.length === 0) return { ok: true };
  try {
    // The HTTP API takes at most 10 events per batch.
    for (let i = 0; i < publications.length; i += 10) {
      const batch = publications
        .slice(i, i + 10)
        .map((p) => ({ channel: p.channel, name: p.event, data: p.data }));
      await pusherServer().triggerBatch(batch);
    }
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[realtime] publish failed: ${message}`);
    return { ok: false, error: message };
  }
}
