// The monthly SMS credit route (Vercel Cron, FU7): guarded by CRON_SECRET; each paid workspace gets one credit
// per month however often it is called.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findSmsWallet, updateSmsWallet } from "@/db/queries/sms-wallet";
import { createWorkspace } from "@/db/queries/workspaces";
import { creditMonth, MONTHLY_CREDIT_MINOR } from "@/lib/billing/credits";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { GET } from "./route";

let conn: Connection;
let workspaceId: string;
beforeAll(async () => {
  process.env.CRON_SECRET = "cron-test-secret";
  conn = await createTestDb();
  useAsAppDb(conn);
  workspaceId = (await createWorkspace(conn.db, "Paid")).id;
  await updateSmsWallet(conn.db, workspaceId, { plan: "paid" });
});
afterAll(() => conn.close());

const cron = (authorization?: string) =>
  GET(
    new Request("http://localhost/api/cron/sms-credit", { headers: authorization ? { authorization } : {} }),
  );

it("refuses a call without the cron secret", async () => {
  expect((await cron()).status).toBe(401);
  expect((await cron("Bearer wrong")).status).toBe(401);
});

it("FU7: grants the monthly credit once, whatever the retries", async () => {
  const before = (await findSmsWallet(conn.db, workspaceId)).balanceMinor;
  const first = await cron("Bearer cron-test-secret");
  expect(first.status).toBe(200);
  expect(await first.json()).toMatchObject({ month: creditMonth(new Date()), granted: 1 });
  expect(await (await cron("Bearer cron-test-secret")).json()).toMatchObject({ granted: 0 });
  expect((await findSmsWallet(conn.db, workspaceId)).balanceMinor).toBe(before + MONTHLY_CREDIT_MINOR);
});
