// The local server's channel-existence webhooks, sent as Pusher Channels sends them (lib/realtime/webhook.ts):
// a signed POST of `{time_ms, events}`. Events are gathered for a few milliseconds (at most MAX_EVENTS per
// POST) and a few POSTs may be in flight, so thousands of connections opening at once do not queue behind
// one another; every batch has a time_ms later than the one before (Herald orders events by it, so
// batches that overtake each other are harmless). A failed POST is retried a few times with a growing
// delay, then dropped with a log line: like Pusher's, a webhook is best effort, and never stops the server.
// channel_vacated waits VACATE_DELAY_MS, as Pusher delays it: a channel occupied again meanwhile (a reload,
// a navigation to the next page, a reconnect) sends nothing at all. So a batch never holds two events of
// one channel, and browsing costs no webhooks; a tab that died is reported a few seconds later.
import { signWebhook } from "../webhook";
import type { AppCredentials } from "./auth";

const GATHER_MS = 10;
export const VACATE_DELAY_MS = 3000;
// Herald writes a webhook in a few statements whatever its size (lib/presence/visitor-connection.ts).
const MAX_EVENTS = 100;
const MAX_IN_FLIGHT = 4;
const RETRY_DELAYS_MS = [200, 1000, 5000];
const MAX_QUEUED = 100_000; // bounded: a Herald that is down for long must not exhaust memory

type ExistenceEvent = { name: "channel_occupied" | "channel_vacated"; channel: string };

// The first `count` events, removed from the queue; only those are visited (copying the whole queue for each
// batch was quadratic: 16,000 connections opening at once meant 800 copies of up to 16,000 events).
function takeOldest(queue: Map<string, ExistenceEvent>, count: number): ExistenceEvent[] {
  const taken: ExistenceEvent[] = [];
  for (const [channel, event] of queue) {
    if (taken.length === count) break;
    taken.push(event);
    queue.delete(channel);
  }
  return taken;
}

export function createWebhookSender(app: AppCredentials, url: string, vacateDelayMs = VACATE_DELAY_MS) {
  const queue = new Map<string, ExistenceEvent>(); // by channel, in the order they happened
  const vacating = new Map<string, NodeJS.Timeout>(); // channels whose vacated event is waiting
  let lastTime = 0;
  let inFlight = 0;
  let timer: NodeJS.Timeout | undefined;

  async function deliver(body: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const failure = await fetch(url, { method: "POST", headers: signWebhook(app, body), body }).then(
        (res) => (res.ok ? undefined : `HTTP ${res.status}`),
        (error: Error) => error.message,
      );
      if (!failure) return;
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) {
        console.warn(`realtime: webhook to ${url} dropped after ${attempt + 1} attempts: ${failure}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  function enqueue(event: ExistenceEvent): void {
    if (queue.size >= MAX_QUEUED) return;
    queue.set(event.channel, event);
    timer ??= setTimeout(flush, GATHER_MS);
  }

  function flush(): void {
    timer = undefined;
    while (queue.size > 0 && inFlight < MAX_IN_FLIGHT) {
      lastTime = Math.max(Date.now(), lastTime + 1);
      const events = takeOldest(queue, MAX_EVENTS);
      const body = JSON.stringify({ time_ms: lastTime, events });
      inFlight++;
      void deliver(body).finally(() => {
        inFlight--;
        if (queue.size > 0 && !timer) flush();
      });
    }
  }

  return {
    channelExistence(channel: string, occupied: boolean): void {
      const waiting = vacating.get(channel);
      if (occupied && waiting) {
        clearTimeout(waiting); // vacated and occupied again within the delay: nothing happened
        vacating.delete(channel);
        return;
      }
      if (queue.delete(channel)) return; // the opposite event had not gone out yet: the two cancel out
      if (!occupied) {
        const later = setTimeout(() => {
          vacating.delete(channel);
          enqueue({ name: "channel_vacated", channel });
        }, vacateDelayMs);
        later.unref();
        vacating.set(channel, later);
        return;
      }
      enqueue({ name: "channel_occupied", channel });
    },
  };
}
