// Issue 14: connection-based presence. The local realtime server sends channel-existence webhooks to
// Herald's route exactly as Pusher would; a tab that dies without a goodbye is offline once its
// connection is gone, several tabs keep the visitor online, and forged or replayed webhooks change nothing.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as webhookRoute } from "@/app/api/realtime/webhooks/route";
import type { Connection } from "@/db/client";
import { visitors, visits } from "@/db/schema";
import { env } from "@/lib/env";
import { channels } from "@/lib/realtime/channels";
import { localRealtimeAddress } from "@/lib/realtime/config";
import { signChannel } from "@/lib/realtime/local-server/auth";
import { type LocalRealtimeServer, startLocalRealtimeServer } from "@/lib/realtime/local-server/server";
import { RawClient } from "@/lib/realtime/local-server/testing";
import { signWebhook } from "@/lib/realtime/webhook";
import { startSession } from "@/lib/widget/session";
import { recordLeave, recordPageView } from "@/lib/widget/visits";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { countingDb } from "@/test/query-counter";
import { recordChannelExistence } from "./visitor-connection";
import { visitorPresence } from "./visitor-presence";

let conn: Connection;
let workspaceId: string;
let herald: Server; // Herald's webhook route, served over HTTP for the realtime server to call
let realtime: LocalRealtimeServer;
const app = localRealtimeAddress({ ...env(), PUSHER_PORT: 0 });
const clients: RawClient[] = [];

beforeAll(async () => {
  conn = await createTestDb();
  useAsAppDb(conn);
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
  herald = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`http://herald${req.url}`, {
      method: "POST",
      headers: req.headers as Record<string, string>,
      body: Buffer.concat(chunks),
    });
    const response = await webhookRoute(request);
    res.writeHead(response.status).end(await response.text());
  });
  await new Promise<void>((resolve) => herald.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(herald.address() as AddressInfo).port}/api/realtime/webhooks`;
  // A fraction of a second of activity timeout (20 s in `npm start`) so a silent client is dropped quickly.
  realtime = await startLocalRealtimeServer({
    ...app,
    activityTimeoutSeconds: 0.3,
    webhookUrl,
    vacateDelayMs: 100, // 3 s in `npm start`, as Pusher delays channel_vacated
  });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await realtime.close();
  herald.close();
  await conn.close();
});

async function visitorOnAPage() {
  const { visitorId } = await startSession(conn.db, workspaceId, null);
  const visitor = { workspaceId, visitorId };
  const { visitId } = await recordPageView(conn.db, visitor, { url: "https://globex.example/" });
  return { visitor, visitId };
}

// A chat frame: connects and subscribes to the visitor's channel, as pusher-js does.
async function openTab(visitorId: string) {
  const client = await RawClient.connect(realtime.port, app.key);
  clients.push(client);
  const channel = channels.visitor(visitorId);
  await client.subscribe(channel, signChannel(app, client.socketId, channel));
  return client;
}

async function presence(visitId: string) {
  const [visit] = await conn.db.select().from(visits).where(eq(visits.id, visitId));
  return visitorPresence(visit);
}
async function occupied(visitorId: string) {
  const [row] = await conn.db.select().from(visitors).where(eq(visitors.id, visitorId));
  return row.channelOccupied;
}
async function eventually(check: () => Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const postWebhook = (body: string, headers: Record<string, string>) =>
  webhookRoute(new Request("http://herald/api/realtime/webhooks", { method: "POST", headers, body }));

describe("connection-based presence", () => {
  it("a visitor whose connection drops (socket killed, no beacon) is offline within 60 s", async () => {
    const { visitor, visitId } = await visitorOnAPage();
    const tab = await openTab(visitor.visitorId);
    await eventually(async () => (await occupied(visitor.visitorId)) === true);
    expect((await presence(visitId)).state).toBe("online");

    (tab.ws as unknown as { _socket: { destroy(): void } })._socket.destroy(); // a crashed tab: no goodbye
    await eventually(async () => (await presence(visitId)).state === "offline");
    expect(await presence(visitId)).toEqual({ state: "offline", reason: "left" });
  });

  it("a tab that stops answering (lost network) is dropped by the keepalive and goes offline", async () => {
    const { visitor, visitId } = await visitorOnAPage();
    await openTab(visitor.visitorId); // RawClient never answers the server's pings
    await eventually(async () => (await occupied(visitor.visitorId)) === true);
    const started = Date.now();
    await eventually(async () => (await presence(visitId)).state === "offline");
    // Two activity timeouts at most (ping, then no pong), plus the check interval: 2 × 20 s + 5 s in production.
    expect(Date.now() - started).toBeLessThan(3 * 300 + 500);
  });

  it("two tabs, one closed (with its goodbye) → still online; the last one closed → offline", async () => {
    const { visitor, visitId } = await visitorOnAPage();
    const first = await openTab(visitor.visitorId);
    const second = await openTab(visitor.visitorId);
    await eventually(async () => (await occupied(visitor.visitorId)) === true);

    await recordLeave(conn.db, visitor); // the closing tab's pagehide beacon
    await first.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await presence(visitId)).state).toBe("online");
    expect(await occupied(visitor.visitorId)).toBe(true);

    await second.close();
    await eventually(async () => (await presence(visitId)).state === "offline");
  });
});

describe("the webhook route", () => {
  const vacated = (visitorId: string, time_ms: number) =>
    JSON.stringify({ time_ms, events: [{ name: "channel_vacated", channel: channels.visitor(visitorId) }] });
  const occupiedAt = (visitorId: string, time_ms: number) =>
    JSON.stringify({ time_ms, events: [{ name: "channel_occupied", channel: channels.visitor(visitorId) }] });

  it("a forged presence webhook (bad signature) is refused and changes nothing", async () => {
    const { visitor, visitId } = await visitorOnAPage();
    const body = vacated(visitor.visitorId, Date.now());
    const forgedSecret = signWebhook({ key: app.key, secret: "herald-local-secret" }, body);
    const wrongKey = { ...signWebhook(app, body), "x-pusher-key": "someone-else" };
    const tampered = signWebhook(app, body);
    for (const [headers, text] of [
      [forgedSecret, body],
      [wrongKey, body],
      [tampered, body.replace("vacated", "occupied")],
      [{ "content-type": "application/json" }, body],
    ] as const) {
      expect((await postWebhook(text, headers)).status).toBe(401);
    }
    expect(await presence(visitId)).toEqual({ state: "online" });
    expect(await occupied(visitor.visitorId)).toBeNull();
  });

  it("a replayed one is harmless, and an older one cannot undo a newer one", async () => {
    const { visitor, visitId } = await visitorOnAPage();
    const t = Date.now();
    const send = (body: string) => postWebhook(body, signWebhook(app, body));
    expect((await send(occupiedAt(visitor.visitorId, t))).status).toBe(200);
    expect((await send(vacated(visitor.visitorId, t + 10))).status).toBe(200);
    expect(await presence(visitId)).toEqual({ state: "offline", reason: "left" });
    // Replays of both, in any order: still offline, still vacated.
    expect((await send(occupiedAt(visitor.visitorId, t))).status).toBe(200);
    expect((await send(vacated(visitor.visitorId, t + 10))).status).toBe(200);
    expect(await presence(visitId)).toEqual({ state: "offline", reason: "left" });
    expect(await occupied(visitor.visitorId)).toBe(false);
    // A genuine newer one still applies.
    expect((await send(occupiedAt(visitor.visitorId, t + 20))).status).toBe(200);
    expect(await presence(visitId)).toEqual({ state: "online" });
  });

  // Regression (same channel twice in one webhook): both events carry the webhook's time, so the second was
  // taken for a replay of the first and dropped; the channel stayed occupied and the visitor online.
  it("a channel's last event in one webhook is its state", async () => {
    const { visitor, visitId } = await visitorOnAPage();
    const channel = channels.visitor(visitor.visitorId);
    const body = JSON.stringify({
      time_ms: Date.now(),
      events: [
        { name: "channel_occupied", channel },
        { name: "channel_vacated", channel },
      ],
    });
    expect((await postWebhook(body, signWebhook(app, body))).status).toBe(200);
    expect(await occupied(visitor.visitorId)).toBe(false);
    expect(await presence(visitId)).toEqual({ state: "offline", reason: "left" });
  });

  // Every visitor's connection comes back at once when the realtime service restarts: the webhooks that
  // follow must not hold the (embedded, single-connection) database for a statement per event.
  it("writes a webhook of 500 events in a constant number of statements", async () => {
    const rows = await conn.db
      .insert(visitors)
      .values(Array.from({ length: 500 }, () => ({ workspaceId })))
      .returning({ id: visitors.id });
    const now = new Date();
    await conn.db.insert(visits).values(
      rows.map((r, i) => ({
        workspaceId,
        visitorId: r.id,
        currentUrl: "https://globex.example/",
        startedAt: now,
        lastActivityAt: now,
        lastHeartbeatAt: now,
        leftAt: i < 2 ? now : null, // two said goodbye before their connection came back
      })),
    );
    const events = rows.map((r) => ({ name: "channel_occupied", channel: channels.visitor(r.id) }));
    const counting = countingDb(conn);
    const written = await recordChannelExistence(counting.db, { time_ms: now.getTime() + 1, events });
    // The channels in one statement, the visits that said they left in another, then those two alone (each
    // locked, written and read back for Live Views: about five statements): a dozen, not one per event.
    expect(counting.count()).toBeLessThanOrEqual(2 + 2 * 5);
    expect(written).toHaveLength(2);
    const occupiedNow = await conn.db
      .select({ id: visitors.id })
      .from(visitors)
      .where(
        and(
          inArray(
            visitors.id,
            rows.map((r) => r.id),
          ),
          eq(visitors.channelOccupied, true),
        ),
      );
    expect(occupiedNow).toHaveLength(500);
    const [back] = await conn.db.select().from(visits).where(eq(visits.visitorId, rows[0].id));
    expect(visitorPresence(back)).toEqual({ state: "online" });
  });

  it("answers bad input with a 4xx naming the field and ignores other channels", async () => {
    const bad = JSON.stringify({ time_ms: "soon", events: [] });
    const answer = await postWebhook(bad, signWebhook(app, bad));
    expect(answer.status).toBe(400);
    expect(JSON.stringify(await answer.json())).toMatch(/time_ms/);
    const other = JSON.stringify({
      time_ms: Date.now(),
      events: [
        { name: "channel_vacated", channel: "private-workspace-x" },
        { name: "channel_vacated", channel: "private-visitor-not-a-uuid" },
        { name: "member_added", channel: "presence-x", user_id: "1" },
      ],
    });
    expect((await postWebhook(other, signWebhook(app, other))).status).toBe(200);
    const huge = "x".repeat(300_000);
    const tooLarge = await postWebhook(huge, signWebhook(app, huge));
    expect(tooLarge.status).toBe(413);
    expect(JSON.stringify(await tooLarge.json())).toMatch(/larger than/);
  });
});
