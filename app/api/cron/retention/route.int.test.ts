// The Vercel Cron route of the daily retention run: only with the cron secret; it runs for every workspace and
// answers with what it deleted.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findJobRun } from "@/db/queries/job-runs";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { workspaceOfSize } from "@/test/workspace-of-size";
import { GET } from "./route";

let conn: Connection;
beforeAll(async () => {
  process.env.CRON_SECRET = "retention-test-secret"; // read once, by the first env() of this test process
  conn = await createTestDb();
  useAsAppDb(conn);
  await workspaceOfSize(conn.db, 1);
});
afterAll(() => conn.close());

const cron = (authorization?: string) =>
  GET(
    new Request("http://localhost/api/cron/retention", { headers: authorization ? { authorization } : {} }),
  );

it("refuses a call without the cron secret, and runs retention with it", async () => {
  expect((await cron()).status).toBe(401);
  expect(await findJobRun(conn.db, "retention.daily")).toBeNull();
  const response = await cron("Bearer retention-test-secret");
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({
    workspaces: 1,
    deleted: { pageViews: 0, signInAttempts: 0 },
  });
  expect((await findJobRun(conn.db, "retention.daily"))?.lastFinishedAt).toBeInstanceOf(Date);
});
