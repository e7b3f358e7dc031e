// Presence without polling (issue 14), in figures:
// 1. HTTP requests per visitor-hour, from the loader's own state machine in virtual time
//    (bench/support/visitor-hour.ts), beside the heartbeat era's.
// 2. VISITORS (default 15,000) concurrent visitors on loopback: each holds a WebSocket to the local
//    realtime server subscribed to its visitor channel (as the chat frame does; opened by a process of
//    their own, bench/support/visitor-crowd.ts, so they never stall the timing of requests), against the real app
//    (next start, PGlite or BENCH_DATABASE_URL). For MEASURE_SECONDS the state changes of the typical browsing pattern are
//    played at the rate that many visitors produce them (tab switches → presence reports; navigations →
//    goodbye beacon, connection closed and reopened 300 ms later; with BENCH_PAGEVIEWS=1 also the page
//    view, which is browsing rather than presence and the heaviest write: at 15,000 visitors 125/s; the
//    session, frame and realtime auth of each page load are never played); a sampled set of visitors goes hidden,
//    visible, drops its connection without a goodbye and reconnects, and each transition must reach Live
//    Views (visitor.updated on the workspace channel) with the right presence.
// 3. The realtime server's memory per connection (RSS of its process, before and after connecting).
// Bounded: it stops by itself (a hard deadline ends it), loopback only.
// Run: npx tsx bench/presence.ts [visitors] [measure seconds]; BENCH_DATABASE_URL for PostgreSQL.
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { WebSocket } from "ws";
import { inParallel } from "./support/parallel";
import { cpuSeconds, findAppPid, findRealtimePid, rssBytes } from "./support/process-memory";
import { percentiles } from "./support/stats";
import { scenarios } from "./support/visitor-hour";

const VISITORS = Number(process.argv[2] ?? 15_000);
const MEASURE_SECONDS = Number(process.argv[3] ?? 60);
const SAMPLED = 40;
const SETTLE_SECONDS = 15;
const HTTP_VISITORS = 1000; // visitors with a token sending the HTTP side of the traffic
const P99_TARGET_MS = 50;
const HARD_DEADLINE_MS = 12 * 60_000;
const WITH_PAGEVIEWS = process.env.BENCH_PAGEVIEWS === "1";

// Heartbeat-era figures, measured on `main` before this change (issue 14's text, `npm run bench -- heartbeat`).
const HEARTBEAT_ERA = {
  requests_per_visitor_hour_one_page: 240,
  requests_per_visitor_hour_typical: 240 + 30 + 4, // beats + goodbyes + a beat per visibility change
  max_rate_at_p99_le_50ms_rps: 250,
  concurrent_visitors_per_instance: 4000,
};

// Secrets first: the modules below derive the realtime credentials and visitor tokens from them.
process.env.AUTH_SECRET = randomBytes(32).toString("base64");
process.env.ENCRYPTION_KEY = randomBytes(32).toString("base64");
const { connect } = await import("../db/client");
const { migrate } = await import("../db/migrate");
const { DEMO_PUBLIC_KEY, seedDemo } = await import("../db/seed");
const { visitors, visits, workspaces } = await import("../db/schema");
const { eq } = await import("drizzle-orm");
const { localRealtimeCredentials } = await import("../lib/realtime/config");
const { signChannel } = await import("../lib/realtime/local-server/auth");
const { signVisitorToken } = await import("../lib/widget/visitor-token");
const { channels } = await import("../lib/realtime/channels");
const { startApp } = await import("./support/server");

const deadline = setTimeout(() => {
  console.error("bench: hard deadline reached, stopping");
  process.exit(2);
}, HARD_DEADLINE_MS);
deadline.unref();

const perHour = Object.fromEntries(Object.entries(scenarios).map(([name, run]) => [name, run()]));

// Visitors and their visits go straight into the database before the app starts (a page view each).
const dir = mkdtempSync(path.join(tmpdir(), "herald-presence-bench-"));
const pgliteDir = path.join(dir, "pglite");
// BENCH_DATABASE_URL: an empty PostgreSQL database instead of the embedded default (as bench/crm.ts).
const databaseUrl = process.env.BENCH_DATABASE_URL || undefined;
const conn = connect(databaseUrl, pgliteDir);
await migrate(conn);
await seedDemo(conn.db);
const [workspace] = await conn.db.select().from(workspaces).where(eq(workspaces.publicKey, DEMO_PUBLIC_KEY));
const visitorIds: string[] = [];
const now = new Date();
// The HTTP visitors (their tokens minted here as the session call would) come first: creating 1,000 visitors
// through /api/widget/session within seconds is the flood the per-workspace cap on new visitors refuses
// (issue 9), not the presence traffic measured here.
for (let i = 0; i < VISITORS + HTTP_VISITORS; i += 1000) {
  const rows = await conn.db
    .insert(visitors)
    .values(
      Array.from({ length: Math.min(1000, VISITORS + HTTP_VISITORS - i) }, () => ({
        workspaceId: workspace.id,
      })),
    )
    .returning({ id: visitors.id });
  await conn.db.insert(visits).values(
    rows.map((r, j) => ({
      workspaceId: workspace.id,
      visitorId: r.id,
      currentUrl: `https://globex.example/page-${(i + j) % 20}`,
      pageViews: 1,
      startedAt: now,
      lastActivityAt: now,
      lastHeartbeatAt: now,
    })),
  );
  visitorIds.push(...rows.map((r) => r.id));
}
const httpVisitorIds = visitorIds.splice(VISITORS);
// A probe whose visit says it left: its occupied webhook, sent after everyone else's, changes what Live
// Views shows, so its visitor.updated tells when Herald has caught up with all the connections.
const [probe] = await conn.db.insert(visitors).values({ workspaceId: workspace.id }).returning();
await conn.db.insert(visits).values({
  workspaceId: workspace.id,
  visitorId: probe.id,
  currentUrl: "https://globex.example/probe",
  lastHeartbeatAt: new Date(now.getTime() - 1000),
  leftAt: now,
});
await conn.close();

const app = await startApp({
  // One hop: the X-Forwarded-For each simulated visitor sends is its address, so per-IP limits see many IPs.
  TRUST_PROXY_HOPS: "1",
  PGLITE_DIR: pgliteDir,
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  AUTH_SECRET: process.env.AUTH_SECRET,
  ENCRYPTION_KEY: process.env.ENCRYPTION_KEY,
});
const credentials = localRealtimeCredentials(process.env.AUTH_SECRET);
const { hostname, port } = new URL(app.origin);
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const ipOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

function post(
  route: string,
  body: object,
  ip: string,
  token?: string, // sent as the loader does, in the Authorization header (beacons carry it in the body)
): Promise<{ status: number; ms: number; text: string }> {
  const data = JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        hostname,
        port,
        path: route,
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": ip,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text }));
      },
    );
    req.on("error", () => resolve({ status: 0, ms: performance.now() - started, text: "" }));
    req.end(data);
  });
}

// A WebSocket subscribed to one channel, as pusher-js in the chat frame; resolves once subscribed.
function subscribe(channel: string, onEvent?: (event: string, data: string) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${app.realtimePort}/app/${credentials.key}?protocol=7`);
    ws.on("error", reject);
    ws.on("message", (raw) => {
      const message = JSON.parse(raw.toString()) as { event: string; channel?: string; data: string };
      if (message.event === "pusher:connection_established") {
        const socketId = (JSON.parse(message.data) as { socket_id: string }).socket_id;
        ws.send(
          JSON.stringify({
            event: "pusher:subscribe",
            data: { channel, ...signChannel(credentials, socketId, channel) },
          }),
        );
      } else if (message.event === "pusher_internal:subscription_succeeded") resolve(ws);
      else if (message.event === "pusher:ping") ws.send('{"event":"pusher:pong","data":{}}');
      else onEvent?.(message.event, message.data);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Live Views, as an agent's tab sees it: the presence of each visitor from its latest visitor.updated.
type Seen = { at: number; hidden: boolean; left: boolean; idle: boolean };
const seen = new Map<string, Seen>();
// Everything after the app started sits in try: whatever fails, the app is stopped.
let observer: WebSocket | undefined;
let stopCrowd = () => {};
try {
  observer = await subscribe(channels.workspace(workspace.id), (event, data) => {
    if (event !== "visitor.updated") return;
    const row = JSON.parse(data) as {
      visitorId: string;
      pageHidden: boolean;
      leftAt: string | null;
      idle: boolean;
      lastHeartbeatAt: string;
    };
    const left = row.leftAt !== null && Date.parse(row.leftAt) >= Date.parse(row.lastHeartbeatAt);
    seen.set(row.visitorId, { at: performance.now(), hidden: row.pageHidden, left, idle: row.idle });
  });
  // HTTP visitors: a page view each over HTTP, as the loader sends it, with the token a session gave them.
  const setupStatuses: Record<string, number> = {};
  const httpVisitors = await inParallel(HTTP_VISITORS, 16, async (i) => {
    const visitorId = httpVisitorIds[i];
    const token = signVisitorToken(workspace, visitorId, Date.now(), process.env.AUTH_SECRET);
    const url = `https://globex.example/p${i % 20}`;
    const view = await post("/api/widget/pageview", { key: DEMO_PUBLIC_KEY, url }, ipOf(i), token);
    setupStatuses[view.status] = (setupStatuses[view.status] ?? 0) + 1;
    return { token, visitorId, ip: ipOf(i) };
  });
  if (Object.keys(setupStatuses).some((status) => !status.startsWith("2")))
    throw new Error(`page views before measuring were refused: ${JSON.stringify(setupStatuses)}`);

  // Connections: every visitor's chat frame.
  const realtimePid = findRealtimePid(app.realtimePort);
  const rssBefore = rssBytes(realtimePid);
  const connectStarted = performance.now();
  const crowd = fork(path.join(import.meta.dirname, "support/visitor-crowd.ts"), {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  stopCrowd = () => crowd.connected && crowd.send({ type: "stop" });
  const crowdConnected = new Promise<void>((resolve, reject) => {
    crowd.on("message", (m: { type: string }) => m.type === "connected" && resolve());
    crowd.on("exit", (code) => reject(new Error(`the visitor crowd exited (${code}) before connecting`)));
  });
  crowd.send({
    type: "connect",
    url: `ws://127.0.0.1:${app.realtimePort}`,
    ...credentials,
    channels: visitorIds.map((id) => channels.visitor(id)),
  });
  await crowdConnected;
  const httpSockets = await inParallel(HTTP_VISITORS, 50, (i) =>
    subscribe(channels.visitor(httpVisitors[i].visitorId)),
  );
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  await sleep(2000);
  const rssAfter = rssBytes(realtimePid);
  const connections = VISITORS + HTTP_VISITORS + 1;
  // Let the occupied webhooks of all those connections reach Herald before measuring.
  const probeSocket = await subscribe(channels.visitor(probe.id));
  const drainStarted = performance.now();
  while (!seen.get(probe.id) && performance.now() - drainStarted < 180_000) await sleep(100);
  const webhooksDrainedSeconds = seen.get(probe.id) ? (performance.now() - connectStarted) / 1000 : null;
  // The steady state is measured, not the connection storm's aftermath (its writes' garbage collected, the
  // first keepalive round of every connection): that is occupied_webhooks_applied_after_seconds.
  await sleep(SETTLE_SECONDS * 1000);

  // The typical pattern's rates for VISITORS visitors (bench/support/visitor-hour.ts).
  const typical = perHour.typical_browsing as { presence_reports: number; leave_beacons: number };
  const reportsPerSecond = (VISITORS * typical.presence_reports) / 3600;
  const navigationsPerSecond = (VISITORS * typical.leave_beacons) / 3600;
  const latencies = { report: [] as number[], leave: [] as number[], pageview: [] as number[] };
  const statuses: Record<string, number> = {};
  const record = (list: number[]) => (r: { status: number; ms: number }) => {
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    list.push(r.ms);
  };
  const pending: Promise<unknown>[] = [];
  // Where the machine's two cores go while measuring: the app (Next), the realtime server, and the load
  // generator's own processes (which real visitors' machines would carry).
  const cpuOf = {
    next: findAppPid(app.realtimePort, "next-server") ?? findAppPid(app.realtimePort, ".bin/next"),
    realtime_server: realtimePid,
    visitor_crowd: crowd.pid,
    bench: process.pid,
  };
  const cpuBefore = Object.fromEntries(Object.entries(cpuOf).map(([name, pid]) => [name, cpuSeconds(pid)]));
  const measureStarted = performance.now();
  const endAt = measureStarted + MEASURE_SECONDS * 1000;
  let reports = 0;
  let navigations = 0;
  let hiddenFlip = false;

  // The sampled visitors' scripted transitions, checked against what Live Views receives.
  const sampled = httpVisitors.slice(0, SAMPLED).map((v, i) => ({ ...v, socket: httpSockets[i] }));
  const checks: { transition: string; ok: boolean; ms: number }[] = [];
  async function expectSeen(
    visitorId: string,
    transition: string,
    want: (s: Seen) => boolean,
    since: number,
  ) {
    const limit = since + 10_000;
    while (performance.now() < limit) {
      const s = seen.get(visitorId);
      if (s && s.at >= since && want(s)) return checks.push({ transition, ok: true, ms: s.at - since });
      await sleep(20);
    }
    checks.push({ transition, ok: false, ms: Number.NaN });
  }
  const sampledRun = (async () => {
    for (const v of sampled) {
      let t = performance.now();
      await post("/api/widget/heartbeat", { key: DEMO_PUBLIC_KEY, hidden: true, idle: false }, v.ip, v.token);
      await expectSeen(v.visitorId, "hidden", (s) => s.hidden, t);
      t = performance.now();
      await post(
        "/api/widget/heartbeat",
        { key: DEMO_PUBLIC_KEY, hidden: false, idle: false },
        v.ip,
        v.token,
      );
      await expectSeen(v.visitorId, "visible", (s) => !s.hidden && !s.left, t);
      t = performance.now();
      v.socket.terminate(); // a tab that dies: no goodbye
      await expectSeen(v.visitorId, "connection dropped → left", (s) => s.left, t);
      t = performance.now();
      v.socket = await subscribe(channels.visitor(v.visitorId));
      await expectSeen(v.visitorId, "reconnected → online", (s) => !s.left && !s.hidden, t);
      if (performance.now() > endAt) break;
    }
  })();

  while (performance.now() < endAt) {
    const elapsed = (performance.now() - measureStarted) / 1000;
    for (; reports < elapsed * reportsPerSecond; reports++) {
      const v = httpVisitors[SAMPLED + (reports % (HTTP_VISITORS - SAMPLED))];
      hiddenFlip = !hiddenFlip;
      const body = { key: DEMO_PUBLIC_KEY, hidden: hiddenFlip, idle: false };
      pending.push(post("/api/widget/heartbeat", body, v.ip, v.token).then(record(latencies.report)));
    }
    for (; navigations < elapsed * navigationsPerSecond; navigations++) {
      const v = httpVisitors[SAMPLED + (navigations % (HTTP_VISITORS - SAMPLED))];
      const body = { key: DEMO_PUBLIC_KEY, token: v.token };
      pending.push(post("/api/widget/leave", body, v.ip).then(record(latencies.leave)));
      if (WITH_PAGEVIEWS) {
        const url = `https://globex.example/n${navigations % 50}`;
        const view = { key: DEMO_PUBLIC_KEY, url };
        pending.push(post("/api/widget/pageview", view, v.ip, v.token).then(record(latencies.pageview)));
      }
      // The page's connection closes and the next page's opens: channel vacated, then occupied.
      crowd.send({ type: "navigate", index: navigations % VISITORS });
    }
    await sleep(5);
  }
  const cpuShare = Object.fromEntries(
    Object.entries(cpuOf).map(([name, pid]) => [
      name,
      Math.round(((cpuSeconds(pid) - cpuBefore[name]) / MEASURE_SECONDS) * 100) / 100,
    ]),
  );
  await Promise.race([Promise.all(pending), sleep(15_000)]);
  await Promise.race([sampledRun, sleep(15_000)]);

  const presence = [...latencies.report, ...latencies.leave];
  const p = percentiles(presence, 1);
  const transitionMs = checks.filter((c) => c.ok).map((c) => c.ms);
  // A refused or failed request measures nothing: the figures only count when every answer was a 2xx.
  const refused = Object.entries(statuses).filter(([status]) => !status.startsWith("2"));
  const checksCorrect = checks.filter((c) => c.ok).length;
  const valid = refused.length === 0 && checks.length > 0 && checksCorrect === checks.length;
  if (!valid) process.exitCode = 1;
  console.log(
    JSON.stringify({
      bench: "presence",
      valid,
      requests_per_visitor_hour: perHour,
      budgets: { one_page_visible_le: 10, typical_browsing_le: 60, counted: "presence_requests" },
      heartbeat_era: HEARTBEAT_ERA,
      concurrent: {
        visitors_connected: VISITORS + HTTP_VISITORS,
        connect_seconds: Math.round(connectSeconds * 10) / 10,
        // From the first connection until Herald had applied every occupied webhook (null: not within 180 s).
        occupied_webhooks_applied_after_seconds:
          webhooksDrainedSeconds === null ? null : Math.round(webhooksDrainedSeconds * 10) / 10,
        settle_seconds: SETTLE_SECONDS,
        measure_seconds: MEASURE_SECONDS,
        presence_requests: { rps: Math.round((presence.length / MEASURE_SECONDS) * 10) / 10, ...p },
        reports: percentiles(latencies.report, 1),
        leaves: percentiles(latencies.leave, 1),
        pageviews: {
          rps: Math.round((latencies.pageview.length / MEASURE_SECONDS) * 10) / 10,
          ...percentiles(latencies.pageview, 1),
        },
        reconnections_per_second: Math.round(navigationsPerSecond * 10) / 10,
        // Cores used on average while measuring (of 2), per process.
        cpu_cores_used: cpuShare,
        with_pageviews: WITH_PAGEVIEWS,
        database: databaseUrl ? "postgres" : "pglite",
        statuses,
        all_answers_2xx: refused.length === 0,
        presence_p99_le_50ms: p.p99_ms <= P99_TARGET_MS,
        sampled_transitions: {
          checked: checks.length,
          correct: checksCorrect,
          to_live_views: percentiles(transitionMs, 0),
        },
      },
      realtime_server: {
        connections,
        rss_before_mb: Math.round(rssBefore / 1e5) / 10,
        rss_after_mb: Math.round(rssAfter / 1e5) / 10,
        bytes_per_connection: Math.round((rssAfter - rssBefore) / connections),
      },
    }),
  );
  probeSocket.terminate();
} finally {
  observer?.terminate();
  stopCrowd();
  agent.destroy();
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
  clearTimeout(deadline);
}
