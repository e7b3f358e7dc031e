// Visitor message → in-app notification on the agent's client (issue 4 budget: p95 ≤ 100 ms), through the real
// app: POST /api/widget/messages → outbox (event, plan, decisions, deliveries in the message's transaction) →
// in-app delivery sent after commit → `notification.created` on the agent's user channel → pusher-js.
// Each sample is a new visitor's first message (conversation.created), which notifies every Sales member.
import { performance } from "node:perf_hooks";
import {
  agentClient,
  type RealtimeOptions,
  sessionUserId,
  signInCookie,
  visitorIp,
  widgetPost,
} from "./support/agent";
import { startApp } from "./support/server";
import { percentiles } from "./support/stats";

const MESSAGES = Number(process.argv[2] ?? 500);
const KEY = "pk_acme_demo";
const app = await startApp({ TRUST_PROXY_HOPS: "1" });
const post = (path: string, body: unknown, ip: string) => widgetPost(app.origin, path, body, ip);
const sessionFor = async (ip: string) =>
  (await (await post("/api/widget/session", { key: KEY }, ip)).json()) as {
    token: string;
    realtime: RealtimeOptions;
  };

try {
  const cookie = await signInCookie(app.origin, "nadia@acme.test");
  const userId = await sessionUserId(app.origin, cookie);
  const agent = agentClient(app.origin, cookie, (await sessionFor(visitorIp(0))).realtime);
  const channel = agent.subscribe(`private-user-${userId}`);
  await new Promise<void>((resolve) => channel.bind("pusher:subscription_succeeded", () => resolve()));
  let arrived: (() => void) | undefined;
  channel.bind("notification.created", () => arrived?.());

  const samples: number[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    const ip = visitorIp(i + 1);
    const { token } = await sessionFor(ip);
    const notified = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const started = performance.now();
    const res = await post("/api/widget/messages", { key: KEY, token, body: `bench ${i}` }, ip);
    if (res.status !== 201) throw new Error(`bench: message refused (${res.status}) ${await res.text()}`);
    await notified;
    samples.push(performance.now() - started);
  }
  agent.disconnect();
  console.log(
    JSON.stringify({
      bench: "notification-latency",
      path: "visitor's first message -> in-app notification.created on the agent's pusher-js client",
      messages: samples.length,
      ...percentiles(samples, 1),
      budget_p95_ms: 100,
    }),
  );
} finally {
  await app.stop();
}
