// The crowd of visitors' chat-frame connections for bench/presence.ts, in a process of its own (forked, talks
// over IPC). Real visitors' sockets come from thousands of machines; simulated in the measuring process they
// blocked its event loop: with ~16,000 connections to one address, each new connect() spends long in the
// kernel's search for a free ephemeral port (seen in a CPU profile: internalConnect, 100–480 ms stalls),
// and every presence request in flight was timed as that much slower. Here the connections also come from
// many loopback source addresses (127.1.x.y), as visitors come from many addresses.
//
// Messages in:  { type: "connect", url, key, secret, channels } → { type: "connected", seconds }
//               { type: "navigate", index } (close that visitor's connection, open the next page's 300 ms later)
//               { type: "stop" }
import { WebSocket } from "ws";
import { signChannel } from "../../lib/realtime/local-server/auth";
import { inParallel } from "./parallel";

type Command =
  | { type: "connect"; url: string; key: string; secret: string; channels: string[] }
  | { type: "navigate"; index: number }
  | { type: "stop" };

let app: { url: string; key: string; secret: string } | undefined;
let channels: string[] = [];
let sockets: WebSocket[] = [];
// 127.1.0.0/16 is loopback on Linux: a source address per 250 visitors keeps each address's ports sparse.
const sourceAddress = (i: number) => `127.1.${Math.floor(i / 250 / 200)}.${(Math.floor(i / 250) % 200) + 1}`;

function subscribe(index: number): Promise<WebSocket> {
  const channel = channels[index];
  const target = app;
  if (!target) return Promise.reject(new Error("not connected"));
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${target.url}/app/${target.key}?protocol=7`, {
      localAddress: sourceAddress(index),
    });
    ws.on("error", reject);
    ws.on("message", (raw) => {
      const message = JSON.parse(raw.toString()) as { event: string; data: string };
      if (message.event === "pusher:connection_established") {
        const socketId = (JSON.parse(message.data) as { socket_id: string }).socket_id;
        const auth = signChannel(target, socketId, channel);
        ws.send(JSON.stringify({ event: "pusher:subscribe", data: { channel, ...auth } }));
      } else if (message.event === "pusher_internal:subscription_succeeded") resolve(ws);
      else if (message.event === "pusher:ping") ws.send('{"event":"pusher:pong","data":{}}');
    });
  });
}

const send = (message: object) => process.send?.(message);

process.on("message", async (command: Command) => {
  if (command.type === "connect") {
    app = { url: command.url, key: command.key, secret: command.secret };
    channels = command.channels;
    const started = performance.now();
    sockets = await inParallel(channels.length, 200, subscribe);
    send({ type: "connected", seconds: (performance.now() - started) / 1000 });
  } else if (command.type === "navigate") {
    const i = command.index;
    sockets[i]?.close();
    setTimeout(async () => {
      sockets[i] = await subscribe(i).catch(() => sockets[i]);
    }, 300);
  } else {
    for (const ws of sockets) ws.terminate();
    process.exit(0);
  }
});
// The parent died without saying stop: nothing may outlive the bench.
process.on("disconnect", () => process.exit(0));
