// Presence reports (the former 15 s heartbeat endpoint, now sent on a change only) over HTTP against the real
// app (next start, PGlite): open-loop at rising rates, from
// spread X-Forwarded-For addresses (TRUST_PROXY_HOPS=1) so the per-IP limit is not what is measured.
// Latency counts from each request's scheduled time, so a client or server falling behind shows.
// Run: npx tsx bench/heartbeat.ts [rates, e.g. 250,500,1000,1500] [visitors] [seconds per rate]
import { Agent, request } from "node:http";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { DEMO_PUBLIC_KEY } from "../db/seed";
import { inParallel } from "./support/parallel";
import { startApp } from "./support/server";
import { percentiles } from "./support/stats";

const RATES = (process.argv[2] ?? "250,500,1000,1250,1500").split(",").map(Number);
const VISITORS = Number(process.argv[3] ?? 1500);
const SECONDS = Number(process.argv[4] ?? 5);
const P99_TARGET_MS = 50;
// Share of beats reporting a hidden page: the next beat of that visitor is visible again, so about twice as
// many beats change what Live Views shows and publish visitor.updated (tab switches in real traffic).
const HIDDEN_SHARE = Number(process.env.BENCH_HIDDEN_SHARE ?? 0.05);

const app = await startApp({ TRUST_PROXY_HOPS: "1" });
const { hostname, port } = new URL(app.origin);
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const ipOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

function post(path: string, body: object, ip: string): Promise<{ status: number; body: string }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        hostname,
        port,
        path,
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(data),
          "x-forwarded-for": ip,
        },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

// Visitors as the loader makes them: a session, then a page view (the visit heartbeats update).
const tokens = await inParallel(VISITORS, 8, async (i) => {
  const session = await post("/api/widget/session", { key: DEMO_PUBLIC_KEY }, ipOf(i));
  if (session.status !== 200) throw new Error(`session: HTTP ${session.status} ${session.body}`);
  const { token } = JSON.parse(session.body) as { token: string };
  const url = `https://globex.example/page-${i % 20}`;
  const view = await post("/api/widget/pageview", { key: DEMO_PUBLIC_KEY, token, url }, ipOf(i));
  if (view.status !== 200) throw new Error(`pageview: HTTP ${view.status} ${view.body}`);
  return token;
});

let sent = 0;
const beat = (i: number) => {
  const v = sent++ % VISITORS;
  const hidden = HIDDEN_SHARE > 0 && i % Math.round(1 / HIDDEN_SHARE) === 0;
  const body = { key: DEMO_PUBLIC_KEY, token: tokens[v], hidden, idle: false };
  return post("/api/widget/heartbeat", body, ipOf(v));
};

// If the client's own event loop stalls, its latencies lie: reported so a reader can tell.
const lag = monitorEventLoopDelay({ resolution: 5 });
lag.enable();

async function runAt(rate: number, seconds: number) {
  lag.reset();
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let lastDone = start;
  for (let i = 0; i < total; ) {
    const now = performance.now();
    while (i < total && start + (i * 1000) / rate <= now) {
      const scheduled = start + (i * 1000) / rate;
      pending.push(
        beat(i).then(
          (r) => {
            lastDone = performance.now();
            latencies.push(lastDone - scheduled);
            statuses[r.status] = (statuses[r.status] ?? 0) + 1;
          },
          () => {
            statuses.network_error = (statuses.network_error ?? 0) + 1;
          },
        ),
      );
      i++;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.race([Promise.all(pending), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  return {
    target_rps: rate,
    achieved_rps: Math.round(latencies.length / ((lastDone - start) / 1000)),
    requests: total,
    statuses,
    ...percentiles(latencies, 1),
    client_lag_max_ms: Math.round(lag.max / 1e5) / 10,
  };
}

try {
  await runAt(500, 3); // warm-up: JIT, connections, caches, the first growth of the visits table
  const results = [];
  for (const rate of RATES) {
    results.push(await runAt(rate, SECONDS));
    console.error(`bench: ${JSON.stringify(results.at(-1))}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const passing = results.filter((r) => r.p99_ms <= P99_TARGET_MS && r.statuses["204"] === r.requests);
  console.log(
    JSON.stringify({
      bench: "heartbeat",
      path: "POST /api/widget/heartbeat over keep-alive HTTP -> next start -> PGlite (loopback)",
      visitors: VISITORS,
      seconds_per_rate: SECONDS,
      hidden_share: HIDDEN_SHARE,
      rates: results,
      max_rate_at_p99_le_50ms: passing.length ? Math.max(...passing.map((r) => r.achieved_rps)) : 0,
    }),
  );
} finally {
  agent.destroy();
  await app.stop();
}
