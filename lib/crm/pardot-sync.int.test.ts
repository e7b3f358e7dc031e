// Pardot through the Salesforce connection: the Business Unit ID is checked on connect, the nightly job syncs
// both, and a visitor who is a prospect alerts the prospect's assigned user (LV2).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { setAccountBasedRouting } from "@/db/queries/account-source-settings";
import { saveOAuthCrmConnection } from "@/db/queries/crm-connections";
import { encryptSecret } from "@/lib/crypto";
import { grantSandboxTokens } from "@/lib/integrations/salesforce/sandbox/memory-session";
import { startSalesforceSandbox } from "@/lib/integrations/salesforce/sandbox/server";
import {
  SANDBOX_BUSINESS_UNIT_ID,
  SANDBOX_CLIENT_ID,
  SANDBOX_CLIENT_SECRET,
  SalesforceSandboxStore,
  seedSalesforceSandbox,
} from "@/lib/integrations/salesforce/sandbox/store";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { inAppAlertsForVisitor } from "@/test/visitor-alerts";
import { connectPardot } from "./connect";
import { syncAllCrmConnections } from "./start";

const store = seedSalesforceSandbox(new SalesforceSandboxStore(), 40); // 20 prospects
let sandbox: Awaited<ReturnType<typeof startSalesforceSandbox>>;
let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;

const alertedBy = (email: string) => inAppAlertsForVisitor(conn.db, workspaceId, email);

beforeAll(async () => {
  sandbox = await startSalesforceSandbox(store);
  // Read once, by the first env() of this test process.
  Object.assign(process.env, {
    SALESFORCE_LOGIN_URL: sandbox.url,
    SALESFORCE_CLIENT_ID: SANDBOX_CLIENT_ID,
    SALESFORCE_CLIENT_SECRET: SANDBOX_CLIENT_SECRET,
    PARDOT_API_URL: sandbox.url,
  });
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
  await setAccountBasedRouting(conn.db, workspaceId, false);
});
afterAll(async () => {
  await conn.close();
  await sandbox.close();
});

describe("Pardot sync", () => {
  it("refuses to connect before Salesforce, and refuses a wrong Business Unit ID", async () => {
    await expect(connectPardot(conn.db, workspaceId, SANDBOX_BUSINESS_UNIT_ID)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const t = await grantSandboxTokens(store, sandbox.url);
    await saveOAuthCrmConnection(conn.db, workspaceId, "salesforce", {
      accessTokenEncrypted: encryptSecret(t.access),
      refreshTokenEncrypted: encryptSecret(t.refresh),
      instanceUrl: sandbox.url,
    });
    await expect(connectPardot(conn.db, workspaceId, "0Uv000000000000XXX")).rejects.toMatchObject({
      fieldErrors: { businessUnitId: expect.stringMatching(/refused/) },
    });
  });

  it("LV2: after the nightly sync, a prospect's visit alerts its assigned user", async () => {
    await connectPardot(conn.db, workspaceId, SANDBOX_BUSINESS_UNIT_ID);
    const results = await syncAllCrmConnections(conn.db);
    expect(results.map((r) => [r.ok, r.accounts])).toEqual([
      [true, 40],
      [true, 20],
    ]);
    // Prospect 4 is assigned to Luca (Pardot user 72), prospect 5 to j.doe (not a Herald user).
    expect(await alertedBy("lead4@prospects.example")).toEqual([ids.luca]);
    expect(await alertedBy("lead5@prospects.example")).toEqual([]);
  });
});
