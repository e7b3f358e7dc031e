// Worker health on a real database (issue 9, deliverable 2): every sweep (worker or cron) records its time, a
// failed one its error; the backlog counts due deliveries, per workspace for admins; GET /api/health shows
// operators the figures and anyone else only whether the outbox is swept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findJobRun } from "@/db/queries/job-runs";
import { visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { recordingRegistry } from "@/lib/notifications/testing/pipeline-fakes";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { workspaceOfSize } from "@/test/workspace-of-size";
import { GET } from "../../app/api/health/route";
import { workerHealth } from "./health";
import { sweepOutbox } from "./sweep";

let conn: Connection;
let workspaceId: string;
beforeAll(async () => {
  process.env.CRON_SECRET = "health-test-secret"; // read once, by the first env() of this test process
  conn = await createTestDb();
  useAsAppDb(conn);
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

const later = (ms: number) => new Date(Date.now() + ms);

describe("worker health", () => {
  it("counts due deliveries and the oldest's time, per workspace for admins", async () => {
    const [v] = await conn.db.insert(visitors).values({ workspaceId }).returning();
    await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "Hello?" });
    const mine = await workerHealth(conn.db, { now: later(60_000), worker: null, workspaceId });
    expect(mine.backlog.due).toBeGreaterThan(0);
    expect(mine.backlog.oldestDueAt).toBeInstanceOf(Date);
    const other = await workspaceOfSize(conn.db, 2);
    const theirs = await workerHealth(conn.db, {
      now: later(60_000),
      worker: null,
      workspaceId: other.workspaceId,
    });
    expect(theirs.backlog).toEqual({ due: 0, oldestDueAt: null });
  });

  it("a sweep records when it finished, and a sweep whose SLA alerts failed records that error too", async () => {
    expect((await workerHealth(conn.db, { now: new Date(), worker: null })).lastSweepAt).toBeNull();
    const { registry } = recordingRegistry();
    await sweepOutbox(conn.db, registry);
    const health = await workerHealth(conn.db, { now: new Date(), worker: null, workspaceId });
    expect(health.lastSweepAt).toBeInstanceOf(Date);
    expect(health.state).toBe("ok");
    expect(health.backlog.due).toBe(0);
    await sweepOutbox(conn.db, registry, {
      fireSlaAlerts: async () => {
        throw new Error("timer exploded");
      },
    });
    expect((await findJobRun(conn.db, "outbox.sweep"))?.lastError).toBe("SLA alerts: timer exploded");
    await sweepOutbox(conn.db, registry);
    expect((await findJobRun(conn.db, "outbox.sweep"))?.lastError).toBeNull();
  });

  it("GET /api/health: anyone sees whether the outbox is swept; only the cron secret shows figures and errors", async () => {
    const get = (authorization?: string) =>
      GET(new Request("http://localhost/api/health", { headers: authorization ? { authorization } : {} }));
    const anonymous = await (await get()).json();
    expect(anonymous.worker).toEqual({ state: "ok", lastSweepSecondsAgo: expect.any(Number) });
    const operator = await (await get("Bearer health-test-secret")).json();
    expect(operator.worker).toMatchObject({
      state: "ok",
      backlog: { due: 0, oldestDueSecondsAgo: null },
      lastSweepError: null,
      worker: null,
    });
  });
});
