// The local server's channel-existence webhooks, sent as Pusher Channels sends them (lib/realtime/webhook.ts):
// one POST per event, signed with the app secret. They go out in order, each with a time_ms later than the
// one before (Herald orders them by it); a failed delivery is retried a few times with a growing delay,
// then dropped with a log line — like Pusher, a webhook is best effort, and it never stops the server.

import { signWebhook } from "../webhook";
import type { AppCredentials } from "./auth";

const RETRY_DELAYS_MS = [200, 1000, 5000];
const MAX_QUEUED = 100_000; // bounded: a Herald that is down for long must not exhaust memory

export function createWebhookSender(app: AppCredentials, url: string) {
  const queue: string[] = [];
  let lastTime = 0;
  let sending = false;

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

  async function drain(): Promise<void> {
    sending = true;
    for (let body = queue.shift(); body !== undefined; body = queue.shift()) await deliver(body);
    sending = false;
  }

  return {
    channelExistence(channel: string, occupied: boolean): void {
      if (queue.length >= MAX_QUEUED) return;
      lastTime = Math.max(Date.now(), lastTime + 1);
      const name = occupied ? "channel_occupied" : "channel_vacated";
      queue.push(JSON.stringify({ time_ms: lastTime, events: [{ name, channel }] }));
      if (!sending) void drain();
    },
  };
}
