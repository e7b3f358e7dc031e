// The nightly CRM sync route (Vercel Cron): guarded by CRON_SECRET, it syncs every connected CRM; the first
// sync of a connection is a full sweep.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findCrmConnectionById, saveCrmConnection } from "@/db/queries/crm-connections";
import { encryptSecret } from "@/lib/crypto";
import { startHubSpotSandbox } from "@/lib/integrations/hubspot/sandbox/server";
import {
  HubSpotSandboxStore,
  SANDBOX_TOKEN,
  seedHubSpotSandbox,
} from "@/lib/integrations/hubspot/sandbox/store";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { GET } from "./route";

let conn: Connection;
let sandbox: Awaited<ReturnType<typeof startHubSpotSandbox>>;
let workspaceId: string;
beforeAll(async () => {
  sandbox = await startHubSpotSandbox(seedHubSpotSandbox(new HubSpotSandboxStore(), { companies: 30 }));
  // Read once, by the first env() of this test process.
  process.env.CRON_SECRET = "cron-test-secret";
  process.env.HUBSPOT_API_URL = sandbox.url;
  conn = await createTestDb();
  useAsAppDb(conn);
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
});
afterAll(async () => {
  await conn.close();
  await sandbox.close();
});

const cron = (authorization?: string) =>
  GET(new Request("http://localhost/api/cron/crm-sync", { headers: authorization ? { authorization } : {} }));

it("refuses a call without the cron secret", async () => {
  expect((await cron()).status).toBe(401);
  expect((await cron("Bearer wrong")).status).toBe(401);
});

it("syncs every connected CRM, a full sweep first", async () => {
  const connection = await saveCrmConnection(conn.db, workspaceId, "hubspot", encryptSecret(SANDBOX_TOKEN));
  const response = await cron("Bearer cron-test-secret");
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({
    synced: [{ connectionId: connection.id, ok: true, kind: "full", accounts: 30 }],
  });
  const after = await findCrmConnectionById(conn.db, workspaceId, connection.id);
  expect(after?.lastFullSweepAt).toBeInstanceOf(Date);
  expect(after?.syncStartedAt).toBeNull();
});
