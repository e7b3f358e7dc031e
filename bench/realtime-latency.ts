// Latency of one realtime hop on localhost: `pusher` SDK trigger → local server → pusher-js client.
// Messages go one at a time (the next is sent once the previous arrived), so each figure is one hop.
// Run: npx tsx bench/realtime-latency.ts [messages]
import { performance } from "node:perf_hooks";
import PusherServer from "pusher";
import PusherClient from "pusher-js";
import { localPusherClientOptions, localPusherServerOptions } from "../lib/realtime/config";
import { signChannel } from "../lib/realtime/local-server/auth";
import { startLocalRealtimeServer } from "../lib/realtime/local-server/server";
import { percentiles } from "./support/stats";

const MESSAGES = Number(process.argv[2] ?? 500);
const WARMUP = 20; // first requests pay for connection setup and JIT; not what we measure
const app = { appId: "bench", key: "bench-key", secret: "bench-secret" };
const channelName = "private-bench";

const server = await startLocalRealtimeServer({ ...app, port: 0 });
const sdk = new PusherServer(localPusherServerOptions({ ...app, port: server.port }));
const client = new PusherClient(app.key, {
  ...localPusherClientOptions({ port: server.port }),
  channelAuthorization: {
    customHandler: ({ socketId, channelName }, callback) =>
      callback(null, signChannel(app, socketId, channelName)),
  },
});
const channel = client.subscribe(channelName);
await new Promise<void>((resolve) => channel.bind("pusher:subscription_succeeded", () => resolve()));

let arrived: ((seq: number) => void) | undefined;
channel.bind("bench", (data: { seq: number }) => arrived?.(data.seq));

async function hop(seq: number): Promise<number> {
  const received = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`message ${seq} not received in 5 s`)), 5000);
    arrived = (got) => {
      if (got !== seq) return;
      clearTimeout(timer);
      resolve(performance.now());
    };
  });
  const sentAt = performance.now();
  await sdk.trigger(channelName, "bench", { seq });
  return (await received) - sentAt;
}

for (let i = 0; i < WARMUP; i++) await hop(-1 - i);
const samples: number[] = [];
for (let i = 0; i < MESSAGES; i++) samples.push(await hop(i));

console.log(
  JSON.stringify({
    bench: "realtime-latency",
    path: "pusher SDK trigger -> local server -> pusher-js (localhost)",
    messages: samples.length,
    ...percentiles(samples),
    mean_ms: Math.round((samples.reduce((sum, s) => sum + s, 0) / samples.length) * 100) / 100,
  }),
);

client.disconnect();
await server.close();
