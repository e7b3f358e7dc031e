// Chaos: events through the real pipeline on PostgreSQL (a visitor's message → event → plan → outbox), sent by
// real worker processes that are killed with SIGKILL at random moments, to provider fakes failing 30 % of calls
// (503s, timeouts, resets, answers lost after sending). Expected (X2, X3): every planned delivery ends
// delivered, captured, cancelled or failed with a reason; none lost; none sent twice, counted at the fakes by
// the idempotency key Herald sends (Resend's Idempotency-Key, web push's Topic) and by in-app rows.
import { createECDH, randomBytes } from "node:crypto";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { pushSubscriptions, visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { DELIVERIES_DUE } from "@/lib/jobs/worker";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { selfSignedCertificate } from "@/test/fakes/push-service";
import { recordFigures, size } from "../figures";
import { type FaultyProvider, seededRandom, startFaultyProvider } from "./faulty-provider";
import { startWorkers, type WorkerPool } from "./workers";

const EVENTS = size(120, 10_000);
const KILLS = size(1, 5);
const WORKERS = 2;
const MESSAGES_PER_CONVERSATION = 4; // the first opens it (conversation.created), the others are message.created
const DRAIN_MS = size(180_000, 1_800_000);
const seed = Number(process.env.CHAOS_SEED ?? Date.now() % 100_000);
const random = seededRandom(seed);

let conn: Connection & { url?: string };
let workspaceId: string;
let resend: FaultyProvider;
let push: FaultyProvider;
let workers: WorkerPool | undefined;

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
  resend = await startFaultyProvider({
    failureRate: 0.3,
    random,
    timeoutMs: 800, // the connection drops after 0.8 s without an answer
    keyOf: (req) => (req.headers["idempotency-key"] as string | undefined) ?? null,
    success: (key) => ({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ id: `email_${key}` }),
    }),
  });
  push = await startFaultyProvider({
    failureRate: 0.3,
    random,
    tls: selfSignedCertificate(),
    timeoutMs: 1_500, // past the worker's 1 s push timeout: the push client gives up first
    keyOf: (req) => {
      const topic = req.headers.topic as string | undefined;
      return topic ? `${req.url}#${topic}` : null;
    },
    success: () => ({ status: 201, contentType: "text/plain", body: "" }),
  });
  // Every demo member has one browser subscribed, at the fake push service.
  const members = await conn.executeSql("select user_id from memberships where workspace_id = $1", [
    workspaceId,
  ]);
  for (const { user_id: userId } of members.rows as { user_id: string }[]) {
    const ecdh = createECDH("prime256v1");
    ecdh.generateKeys();
    await conn.db.insert(pushSubscriptions).values({
      workspaceId,
      userId,
      endpoint: `${push.origin}/push/${userId}`,
      p256dh: ecdh.getPublicKey("base64url"),
      auth: randomBytes(16).toString("base64url"),
    });
  }
}, 120_000);

afterAll(async () => {
  await workers?.stop();
  await Promise.all([resend?.close(), push?.close()]);
  await conn?.close();
}, 60_000);

// Visitors' messages, a few at a time, planned ten minutes in the past so every delayed step (10 s push, 3 min
// email) is already due: the workers send everything the run plans, without waiting for the clock.
async function recordEvents(onProgress: (recorded: number) => Promise<void>) {
  const start = Date.now() - 10 * 60_000;
  let recorded = 0;
  const conversations = Math.ceil(EVENTS / MESSAGES_PER_CONVERSATION);
  const lanes = 8;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let c = lane; c < conversations; c += lanes) {
        const [visitor] = await conn.db.insert(visitors).values({ workspaceId }).returning();
        for (let m = 0; m < MESSAGES_PER_CONVERSATION && recorded < EVENTS; m++) {
          const at = new Date(start + c * 20 + m * 5);
          await postVisitorMessage(conn.db, { workspaceId, visitorId: visitor.id, body: `message ${m}` }, at);
          recorded++;
          await onProgress(recorded);
        }
      }
    }),
  );
  return recorded;
}

async function statusCounts() {
  const { rows } = await conn.executeSql("select status, count(*)::int as n from deliveries group by status");
  return Object.fromEntries((rows as { status: string; n: number }[]).map((r) => [r.status, Number(r.n)]));
}

async function one(text: string): Promise<number> {
  const { rows } = await conn.executeSql(text);
  return Number((rows[0] as { n: number }).n);
}

describe("chaos: workers killed, providers failing", () => {
  it(
    `${EVENTS} events, ${KILLS} SIGKILLs, 30 % provider faults: every delivery final, 0 lost, 0 duplicated`,
    async () => {
      const startedAt = Date.now();
      const url = conn.url;
      if (!url) throw new Error("the chaos run needs PostgreSQL (TEST_DATABASE_URL)");
      workers = await startWorkers(WORKERS, { DATABASE_URL: url, CHAOS_RESEND_URL: resend.origin });
      const pool = workers;
      // Kill at random points of the run: after a random share of the events was recorded.
      const killAt = Array.from({ length: KILLS }, () => Math.floor((0.1 + 0.8 * random()) * EVENTS)).sort(
        (a, b) => a - b,
      );
      let kills = 0;
      let killing = Promise.resolve();
      const events = await recordEvents(async (recorded) => {
        while (kills < KILLS && recorded >= killAt[kills]) {
          kills++;
          killing = killing.then(() => pool.kill(random));
        }
      });
      await killing;
      const recordSeconds = Math.round((Date.now() - startedAt) / 1000);

      // The workers wake each other through pg-boss; a wake-up every 2 s stands in for the cron route, so rows
      // that a killed worker held come back as soon as their lease ends rather than at the next minute.
      const boss = new PgBoss({
        connectionString: url,
        schema: "pgboss",
        supervise: false,
        schedule: false,
        migrate: false,
      });
      await boss.start();
      const deadline = Date.now() + DRAIN_MS;
      let open = Number.POSITIVE_INFINITY;
      while (Date.now() < deadline) {
        const counts = await statusCounts();
        open = (counts.pending ?? 0) + (counts.sending ?? 0);
        if (open === 0) break;
        await boss.send(DELIVERIES_DUE, {});
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      await boss.stop({ graceful: false, wait: true });

      const counts = await statusCounts();
      const planned = Object.values(counts).reduce((a, b) => a + b, 0);
      const failedWithoutReason = await one(
        "select count(*)::int as n from deliveries where status = 'failed' and last_error is null",
      );
      const delivered = async (channel: string) => {
        const { rows } = await conn.executeSql(
          "select id from deliveries where channel = $1 and status = 'delivered'",
          [channel],
        );
        return (rows as { id: string }[]).map((r) => r.id);
      };
      // Delivered on the row but never accepted by the provider (or no in-app row): lost.
      const emailLost = (await delivered("email")).filter((id) => !resend.tally.acceptedKeys.has(id)).length;
      const pushTopics = new Set([...push.tally.acceptedKeys].map((k) => k.split("#")[1]));
      const pushLost = (await delivered("web_push")).filter(
        (id) => !pushTopics.has(id.replaceAll("-", "")),
      ).length;
      const inAppLost = await one(
        "select count(*)::int as n from deliveries d where d.channel = 'in_app' and d.status = 'delivered' and not exists (select 1 from notifications n where n.delivery_id = d.id)",
      );
      const inAppDuplicated = await one(
        "select count(*)::int as n from (select delivery_id from notifications where delivery_id is not null group by delivery_id having count(*) > 1) t",
      );
      const figures = {
        seed,
        events,
        planned,
        delivered: counts.delivered ?? 0,
        captured: counts.captured ?? 0,
        cancelled: counts.cancelled ?? 0,
        failed: counts.failed ?? 0,
        dead: counts.dead ?? 0,
        failedWithoutReason,
        lost: open + emailLost + pushLost + inAppLost,
        duplicated: resend.tally.duplicated + push.tally.duplicated + inAppDuplicated,
        kills,
        providerCalls: resend.tally.requests + push.tally.requests,
        providerFaults:
          Object.values(resend.tally.faults).reduce((a, b) => a + b, 0) +
          Object.values(push.tally.faults).reduce((a, b) => a + b, 0),
        retriedAfterLostAnswer: resend.tally.retriedAfterLostAnswer + push.tally.retriedAfterLostAnswer,
        recordSeconds,
        seconds: Math.round((Date.now() - startedAt) / 1000),
      };
      recordFigures("chaos", figures);
      expect(figures).toMatchObject({
        events: EVENTS,
        kills: KILLS,
        lost: 0,
        duplicated: 0,
        failedWithoutReason: 0,
      });
      expect(figures.providerFaults).toBeGreaterThan(0);
    },
    DRAIN_MS + 600_000,
  );
});
