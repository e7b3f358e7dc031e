// Fuzz: generated requests (fast-check) against every public route handler, driven in-process with the real
// handlers and database. Expected: no answer ≥ 500, no throw or unhandled rejection, and a refused request
// (4xx) stores nothing. The route list comes from the code (code-scan.ts); a route neither fuzzed nor listed as
// member-only fails the first test.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import { saveSlackIntegration } from "@/db/queries/slack";
import { createWorkspace } from "@/db/queries/workspaces";
import { DEMO_PUBLIC_KEY } from "@/db/seed";
import { encryptSecret } from "@/lib/crypto";
import { generateWebhookSecret } from "@/lib/integrations/resend/webhook-signature";
import { localRealtimeCredentials } from "@/lib/realtime/config";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { routeFiles } from "./code-scan";
import { fullRun, recordFigures, size } from "./figures";
import {
  type FuzzContext,
  type FuzzRequest,
  fuzzedRoutes,
  memberOnlyRoutes,
  type RouteHandler,
} from "./fuzz-targets";
import { grown, rowCounter } from "./stored-rows";

// Anonymous: no member session anywhere (the public surface).
vi.mock("@/lib/auth/member", () => ({ currentMember: vi.fn(async () => null), requireMember: vi.fn() }));
// Slack's routes hand their work to `after()`, which needs Next's request scope: here it is kept and awaited
// once the answer is read, so the work's writes and failures count for the request that caused them.
const afterWork = vi.hoisted(() => [] as (() => Promise<unknown>)[]);
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (work: () => Promise<unknown>) => afterWork.push(work),
}));

const REQUESTS = size(400, 10_000);
const secrets = {
  AUTH_SECRET: "fuzz-auth-secret-0123456789abcdef",
  CRON_SECRET: "fuzz-cron-secret-0123456789",
  RESEND_WEBHOOK_SECRET: generateWebhookSecret(),
  TWILIO_AUTH_TOKEN: "fuzz-twilio-auth-token",
};
const SLACK_SIGNING_SECRET = "fuzz-slack-signing-secret-0123456789"; // the connected team's, stored encrypted
const APP_URL = "https://herald.example.test";

let conn: Connection;
let context: FuzzContext;

beforeAll(async () => {
  // Configured as in production, so a webhook gets past "not configured" to its signature and its body.
  for (const [name, value] of Object.entries({
    ...secrets,
    RESEND_API_KEY: "re_fuzz",
    RESEND_BASE_URL: "http://127.0.0.1:9", // nothing listens: a fetched inbound email fails fast
    EMAIL_FROM: "Herald <herald@example.test>",
    APP_URL,
    SLACK_API_URL: "http://127.0.0.1:9/api/", // a reply posted to Slack fails fast
    TWILIO_ACCOUNT_SID: "ACfuzz0123456789",
    TWILIO_FROM: "+14155550000",
    TWILIO_API_URL: "http://127.0.0.1:9", // a text sent in answer fails fast
  }))
    vi.stubEnv(name, value);
  conn = await createTestDb();
  useAsAppDb(conn);
  const demo = await seedDemoWorkspace(conn.db);
  const slackTeamId = "T0FUZZ";
  await saveSlackIntegration(conn.db, {
    workspaceId: demo.workspaceId,
    teamId: slackTeamId,
    teamName: "Fuzz",
    botUserId: "U0BOT",
    botToken: encryptSecret("xoxb-fuzz"),
    signingSecret: encryptSecret(SLACK_SIGNING_SECRET),
  });
  const { POST: session } = await import("@/app/api/widget/session/route");
  const { POST: message } = await import("@/app/api/widget/messages/route");
  const tokens: string[] = [];
  for (let i = 0; i < 5; i++) {
    const answer = await session(jsonPost({ key: DEMO_PUBLIC_KEY }, `10.0.0.${i}`));
    tokens.push((await answer.json()).token);
  }
  const first = await (
    await message(jsonPost({ key: DEMO_PUBLIC_KEY, token: tokens[0], body: "hello" }))
  ).json();
  const visitorPhone = "+14155550123";
  await conn.executeSql(
    "update visitors set phone = $1 where id = (select visitor_id from conversations where id = $2)",
    [visitorPhone, first.conversationId],
  );
  context = {
    key: DEMO_PUBLIC_KEY,
    tokens,
    conversationId: first.conversationId,
    otherKey: (await createWorkspace(conn.db, "Other")).publicKey,
    resendSecret: secrets.RESEND_WEBHOOK_SECRET,
    pusher: localRealtimeCredentials(secrets.AUTH_SECRET),
    cronSecret: secrets.CRON_SECRET,
    slack: { teamId: slackTeamId, signingSecret: SLACK_SIGNING_SECRET },
    twilio: { authToken: secrets.TWILIO_AUTH_TOKEN, appUrl: APP_URL },
    visitorPhone,
  };
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await conn?.close();
});

function jsonPost(body: unknown, ip = "10.1.0.1") {
  return new Request("http://localhost/api/widget/x", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify(body),
  });
}

function toRequest(r: FuzzRequest): Request {
  return new Request(r.url, { method: r.method, headers: r.headers, body: r.body });
}

describe("fuzz: every public endpoint", () => {
  it("every route file is fuzzed or listed as member-only with a reason", () => {
    const unlisted = routeFiles()
      .map((r) => r.file)
      .filter((file) => !(file in fuzzedRoutes) && !(file in memberOnlyRoutes));
    expect(unlisted).toEqual([]);
    const gone = [...Object.keys(fuzzedRoutes), ...Object.keys(memberOnlyRoutes)].filter(
      (file) => !routeFiles().some((r) => r.file === file),
    );
    expect(gone).toEqual([]);
  });

  it(
    `${REQUESTS} generated requests: 0 answers ≥ 500, 0 crashes, nothing stored from a refused request`,
    async () => {
      const figures = {
        requests: 0,
        over500: 0,
        crashes: 0,
        storedFromRefused: 0,
        documented5xx: 0,
        byStatus: {} as Record<number, number>,
      };
      const findings: string[] = [];
      const unhandled = (error: unknown) => {
        figures.crashes++;
        findings.push(`unhandled: ${error instanceof Error ? error.stack : error}`);
      };
      process.on("unhandledRejection", unhandled);
      process.on("uncaughtException", unhandled);
      const count = await rowCounter(conn);
      let before = await count();
      const targets = Object.entries(fuzzedRoutes);
      const perRoute = Math.ceil(REQUESTS / targets.length);
      try {
        for (const [file, target] of targets) {
          const route = await target.load();
          // The property fails on the first bad answer; fast-check then shrinks it to a minimal request.
          const outcome = await fc.check(
            fc.asyncProperty(target.requests(context), async (generated) => {
              figures.requests++;
              const handler = route[generated.method] as RouteHandler | undefined;
              if (!handler) return true; // a method the route does not export: Next answers 405 itself
              let status: number;
              try {
                const response = await handler(toRequest(generated), {
                  params: Promise.resolve(generated.params ?? {}),
                });
                status = response.status;
                await response.arrayBuffer();
                for (const work of afterWork.splice(0)) await work();
              } catch (error) {
                figures.crashes++;
                findings.push(`${file} threw: ${error instanceof Error ? error.message : error}`);
                return false;
              }
              figures.byStatus[status] = (figures.byStatus[status] ?? 0) + 1;
              const after = await count();
              const stored = grown(before, after);
              before = after;
              if (status === target.documented5xx?.status) figures.documented5xx++;
              else if (status >= 500) {
                figures.over500++;
                return false;
              }
              if (status >= 400 && Object.keys(stored).length > 0) {
                figures.storedFromRefused++;
                findings.push(`${file} ${status} stored ${JSON.stringify(stored)}`);
                return false;
              }
              return true;
            }),
            { numRuns: perRoute, seed: fullRun ? undefined : 9 },
          );
          if (outcome.failed) findings.push(`${file}: ${fc.defaultReportMessage(outcome)?.slice(0, 2_000)}`);
        }
      } finally {
        process.off("unhandledRejection", unhandled);
        process.off("uncaughtException", unhandled);
      }
      recordFigures("fuzz", { ...figures, routes: targets.length });
      expect(findings).toEqual([]);
      expect(figures).toMatchObject({ over500: 0, crashes: 0, storedFromRefused: 0 });
    },
    size(120_000, 3_600_000),
  );
});
