// The CRM sync end to end: the sandbox HubSpot → the account tables → Live View decisions (LV1, LV2).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { setAccountOwners } from "@/db/queries/account-people";
import { setAccountBasedRouting } from "@/db/queries/account-source-settings";
import { listAccounts } from "@/db/queries/accounts";
import {
  claimCrmSync,
  findCrmConnectionById,
  saveCrmConnection,
  setCrmAccountBasedRouting,
} from "@/db/queries/crm-connections";
import { listCrmUsersWithAccountCounts, mapCrmUser } from "@/db/queries/crm-users";
import { listDeliveryLog } from "@/db/queries/delivery-log";
import { type CrmConnection, customerAccounts } from "@/db/schema";
import { HubSpotClient } from "@/lib/integrations/hubspot/client";
import { startHubSpotSandbox } from "@/lib/integrations/hubspot/sandbox/server";
import {
  HubSpotSandboxStore,
  SANDBOX_TOKEN,
  seedHubSpotSandbox,
} from "@/lib/integrations/hubspot/sandbox/store";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { inAppAlertsForVisitor, visitDecisions } from "@/test/visitor-alerts";
import { runCrmSync } from "./sync";

// Owners round-robin over the sandbox owners: company 7 → Nadia, 8 → Luca, 9 → j.doe (not a Herald user).
const store = seedHubSpotSandbox(new HubSpotSandboxStore(), { companies: 100, contactsPerCompany: 2 });
let sandbox: Awaited<ReturnType<typeof startHubSpotSandbox>>;
let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;
let connectionId: string;
let visitorCount = 0;

const client = (token = SANDBOX_TOKEN) =>
  new HubSpotClient({ baseUrl: sandbox.url, token, sleep: async () => {} });
const connection = async () =>
  (await findCrmConnectionById(conn.db, workspaceId, connectionId)) as CrmConnection;

async function sync(kind: "incremental" | "full") {
  const claimed = await claimCrmSync(conn.db, connectionId, kind);
  if (!claimed) throw new Error("sync already running");
  return runCrmSync(conn.db, claimed, client(), kind);
}

// A new known visitor of company N arriving on /demo: the users told in-app of the visit.
const alertedBy = (company: number) =>
  inAppAlertsForVisitor(conn.db, workspaceId, `visitor${++visitorCount}@company${company}.example`);

beforeAll(async () => {
  sandbox = await startHubSpotSandbox(store);
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
  // Only the CRM routes here: the built-in source's owners stay out of these decisions.
  await setAccountBasedRouting(conn.db, workspaceId, false);
  connectionId = (await saveCrmConnection(conn.db, workspaceId, "hubspot", "not-read-by-these-tests")).id;
});
afterAll(async () => {
  await conn.close();
  await sandbox.close();
});

describe("CRM sync (HubSpot sandbox)", () => {
  it("LV1, LV2: after a first (full) sync, a visitor of a synced account alerts its mapped owner only", async () => {
    const result = await sync("incremental");
    expect(result).toMatchObject({ ok: true, kind: "full", accounts: 100, contacts: 199, skipped: 0 });
    expect(await alertedBy(7)).toEqual([ids.nadia]);
    expect(await alertedBy(8)).toEqual([ids.luca]);
  });

  it("LV2 not_mapped: an owner who is not a Herald user alerts nobody, the log says why, and is listed with their account count", async () => {
    const visit = await visitDecisions(conn.db, workspaceId, `visitor${++visitorCount}@company9.example`);
    expect(visit.map((d) => [d.rule, d.outcome, d.reason, d.recipientKind])).toEqual([
      ["LV2", "suppress", "not_mapped", "crm_user"],
    ]);
    const log = await listDeliveryLog(conn.db, workspaceId, { reason: "not_mapped" });
    expect(log.entries[0]).toMatchObject({ recipientKind: "crm_user", recipientOther: "j.doe@example.com" });
    const owners = await listCrmUsersWithAccountCounts(conn.db, connectionId);
    expect(owners.find((o) => o.email === "j.doe@example.com")).toMatchObject({ userId: null, accounts: 20 });
    expect(owners.find((o) => o.email === "nadia@acme.test")).toMatchObject({ userId: ids.nadia });
  });

  it("an admin's mapping routes that owner's accounts and survives the next sync", async () => {
    await mapCrmUser(conn.db, connectionId, "9005", ids.matteo);
    expect(await alertedBy(9)).toEqual([ids.matteo]);
    await sync("full");
    expect(await alertedBy(9)).toEqual([ids.matteo]);
  });

  it("an ownership change in the CRM moves the next alert after an incremental sync", async () => {
    store.setOwner("7", "9004");
    const result = await sync("incremental");
    // The changed company, plus the one at the cursor (GTE: a record stamped in the cursor's millisecond after
    // the last read is not missed).
    expect(result).toMatchObject({ ok: true, kind: "incremental", accounts: 2 });
    expect(await alertedBy(7)).toEqual([ids.luca]);
  });

  it("a deleted account keeps alerting until the full sweep removes it", async () => {
    store.deleteCompany("8");
    await sync("incremental");
    expect(await alertedBy(8)).toEqual([ids.luca]);
    const result = await sync("full");
    expect(result).toMatchObject({ ok: true, deleted: 1 });
    expect(await alertedBy(8)).toEqual([]);
    const left = await conn.db.select().from(customerAccounts).where(eq(customerAccounts.crmId, "8"));
    expect(left).toEqual([]);
  });

  it("LV2: Account-Based Routing off on the integration stops its owners' alerts", async () => {
    await setCrmAccountBasedRouting(conn.db, workspaceId, connectionId, false);
    expect(await alertedBy(7)).toEqual([]);
    await setCrmAccountBasedRouting(conn.db, workspaceId, connectionId, true);
    expect(await alertedBy(7)).toEqual([ids.luca]);
  });

  it("Settings → Accounts cannot change a synced account's owners, and does not list it", async () => {
    const [synced] = await conn.db.select().from(customerAccounts).where(eq(customerAccounts.crmId, "7"));
    if (!synced) throw new Error("company 7 not synced");
    await expect(setAccountOwners(conn.db, workspaceId, synced.id, [ids.ada])).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listAccounts(conn.db, workspaceId, "Company 7")).map((a) => a.name)).toEqual([]);
  });

  it("runs one sync at a time per connection", async () => {
    expect(await claimCrmSync(conn.db, connectionId, "full")).toBeDefined();
    expect(await claimCrmSync(conn.db, connectionId, "full")).toBeUndefined();
    const running = await connection();
    expect(running.syncStage).toBe("Starting");
    await runCrmSync(conn.db, running, client(), "full");
    expect((await connection()).syncStartedAt).toBeNull();
  });

  it("a revoked token marks the connection for reconnecting and keeps the cursor", async () => {
    const before = await connection();
    const claimed = await claimCrmSync(conn.db, connectionId, "incremental");
    if (!claimed) throw new Error("not claimed");
    const result = await runCrmSync(conn.db, claimed, client("pat-revoked"), "incremental");
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatch(/reconnect/);
    const after = await connection();
    expect(after).toMatchObject({ status: "needs_reconnect", accountsCursor: before.accountsCursor });
    expect(await claimCrmSync(conn.db, connectionId, "incremental")).toBeUndefined();
  });
});
