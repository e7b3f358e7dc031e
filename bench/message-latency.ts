// Visitor message → the agent's realtime client receives it, through the real app on localhost:
// POST /api/widget/messages → stored → published → local realtime server → pusher-js (as the agent app uses it,
// authorised by the agent's session at /api/realtime/auth). 50 visitors × 10 messages, one at a time.
import { performance } from "node:perf_hooks";
import PusherClient from "pusher-js";
import type { MessagePayload } from "../lib/realtime/events";
import { startApp } from "./support/server";
import { percentiles } from "./support/stats";

const VISITORS = 50;
const PER_VISITOR = 10;
const KEY = "pk_acme_demo";
const app = await startApp({ TRUST_PROXY: "true" });

async function signInCookie(origin: string, email: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const jar = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar.join("; "), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password: "demo-password", callbackUrl: origin }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`bench: sign-in failed (${res.status})`);
  return [...jar, session.split(";")[0]].join("; ");
}

const post = (path: string, body: unknown, ip: string) =>
  fetch(`${app.origin}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify(body),
  });

try {
  const cookie = await signInCookie(app.origin, "ada@acme.test");
  const samples: number[] = [];
  let agent: PusherClient | undefined;
  for (let v = 0; v < VISITORS; v++) {
    const ip = `10.9.${Math.floor(v / 250)}.${(v % 250) + 1}`;
    const session = (await (await post("/api/widget/session", { key: KEY }, ip)).json()) as {
      token: string;
      realtime: { key: string; options: ConstructorParameters<typeof PusherClient>[1] };
    };
    agent ??= new PusherClient(session.realtime.key, {
      ...session.realtime.options,
      channelAuthorization: {
        endpoint: "",
        transport: "ajax",
        customHandler: async ({ socketId, channelName }, callback) => {
          const res = await fetch(`${app.origin}/api/realtime/auth`, {
            method: "POST",
            headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }),
          });
          callback(res.ok ? null : new Error(`auth ${res.status}`), res.ok ? await res.json() : null);
        },
      },
    });
    const first = (await (
      await post("/api/widget/messages", { key: KEY, token: session.token, body: "hello" }, ip)
    ).json()) as {
      conversationId: string;
    };
    const channel = agent.subscribe(`private-conversation-${first.conversationId}`);
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
