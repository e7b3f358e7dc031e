// Visitor message → the agent's realtime client receives it, through the real app on localhost:
// POST /api/widget/messages → stored → published → local realtime server → pusher-js (as the agent app uses it,
// authorised by the agent's session at /api/realtime/auth). 50 visitors × 10 messages, one at a time.
import { performance } from "node:perf_hooks";
import type PusherClient from "pusher-js";
import type { MessagePayload } from "../lib/realtime/events";
import { agentClient, type RealtimeOptions, signInCookie, visitorIp, widgetPost } from "./support/agent";
import { startApp } from "./support/server";
import { percentiles } from "./support/stats";

const VISITORS = 50;
const PER_VISITOR = 10;
const KEY = "pk_acme_demo";
const app = await startApp({ TRUST_PROXY_HOPS: "1" });
const post = (path: string, body: unknown, ip: string) => widgetPost(app.origin, path, body, ip);

try {
  const cookie = await signInCookie(app.origin, "ada@acme.test");
  const samples: number[] = [];
  let agent: PusherClient | undefined;
  for (let v = 0; v < VISITORS; v++) {
    const ip = visitorIp(v);
    const session = (await (await post("/api/widget/session", { key: KEY }, ip)).json()) as {
      token: string;
      realtime: RealtimeOptions;
    };
    agent ??= agentClient(app.origin, cookie, session.realtime);
    const opened = await post("/api/widget/messages", { key: KEY, token: session.token, body: "hello" }, ip);
    const { conversationId } = (await opened.json()) as { conversationId: string };
    const channel = agent.subscribe(`private-conversation-${conversationId}`);
    await new Promise<void>((resolve) => channel.bind("pusher:subscription_succeeded", () => resolve()));
    for (let i = 0; i < PER_VISITOR; i++) {
      const body = `bench ${v}-${i}`;
      const received = new Promise<void>((resolve) => {
        const onMessage = (m: MessagePayload) => {
          if (m.body !== body) return;
          channel.unbind("message.created", onMessage);
          resolve();
        };
        channel.bind("message.created", onMessage);
      });
      const started = performance.now();
      const res = await post("/api/widget/messages", { key: KEY, token: session.token, body }, ip);
      if (res.status !== 201) throw new Error(`bench: message refused (${res.status}) ${await res.text()}`);
      await received;
      samples.push(performance.now() - started);
    }
    agent.unsubscribe(channel.name);
  }
  agent?.disconnect();
  console.log(
    JSON.stringify({
      bench: "message-latency",
      path: "POST /api/widget/messages -> agent's pusher-js client (next start, PGlite, local realtime)",
      messages: samples.length,
      ...percentiles(samples, 1),
      budget_p95_ms: 100,
    }),
  );
} finally {
  await app.stop();
}
