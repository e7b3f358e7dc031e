// The Pardot client against the sandbox: the Business Unit ID header, `nextPageUrl` paging, an expired
// Salesforce session refreshed once, prospects as one-contact accounts owned by their assigned user.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectPages } from "@/lib/crm/collect-pages";
import { grantSandboxTokens, memorySession } from "@/lib/integrations/salesforce/sandbox/memory-session";
import { startSalesforceSandbox } from "@/lib/integrations/salesforce/sandbox/server";
import {
  SANDBOX_BUSINESS_UNIT_ID,
  SalesforceSandboxStore,
  seedSalesforceSandbox,
} from "@/lib/integrations/salesforce/sandbox/store";
import { PardotClient } from "./client";

const store = seedSalesforceSandbox(new SalesforceSandboxStore(), 500); // 250 prospects
store.pardotPageSize = 100;
let sandbox: Awaited<ReturnType<typeof startSalesforceSandbox>>;

async function client(businessUnitId = SANDBOX_BUSINESS_UNIT_ID) {
  const { session, calls } = memorySession(sandbox.url, await grantSandboxTokens(store, sandbox.url));
  return { pardot: new PardotClient(session, { baseUrl: sandbox.url, businessUnitId }), calls };
}

const collect = collectPages;

beforeAll(async () => {
  sandbox = await startSalesforceSandbox(store);
});
afterAll(() => sandbox.close());

describe("Pardot client", () => {
  it("429 and 5xx between pages: waits (Retry-After when given), then resumes at the same nextPageUrl", async () => {
    const { session } = memorySession(sandbox.url, await grantSandboxTokens(store, sandbox.url));
    const waits: number[] = [];
    const pardot = new PardotClient(session, {
      baseUrl: sandbox.url,
      businessUnitId: SANDBOX_BUSINESS_UNIT_ID,
      sleep: async (ms) => void waits.push(ms),
    });
    const pages = pardot.accounts(null)[Symbol.asyncIterator]();
    const first = await pages.next();
    store.faults.push({ status: 429, retryAfter: "4" }, { status: 502 });
    const seen = first.done ? [] : [...first.value.records];
    for (let page = await pages.next(); !page.done; page = await pages.next())
      seen.push(...page.value.records);
    expect(waits).toEqual([4000, 1000]);
    expect(new Set(seen.map((a) => a.crmId)).size).toBe(250);
  });

  it("follows nextPageUrl; each prospect is an account owned by its assigned user, with itself as contact", async () => {
    const { pardot } = await client();
    const accounts = await collect(pardot.accounts(null));
    expect(accounts.records).toHaveLength(250);
    expect(accounts.pageCount).toBe(3);
    expect(accounts.records[0]).toMatchObject({ crmId: "1", ownerCrmId: "71", domains: [] });
    const contacts = await collect(pardot.contacts(null));
    expect(contacts.records[0]).toMatchObject({ email: "jane@globex.example", accountCrmId: "1" });
    const owners = await collect(pardot.owners());
    expect(owners.records.map((o) => o.email)).toContain("nadia@acme.test");
  });

  it("reads only prospects updated since the cursor", async () => {
    const { pardot } = await client();
    store.putProspect({ id: 2, email: "lead2@prospects.example", assignedToId: 72 });
    const since = store.prospects.get(2)?.updated ?? 0;
    const changed = await collect(pardot.accounts(since));
    expect(changed.records).toEqual([expect.objectContaining({ crmId: "2", ownerCrmId: "72" })]);
  });

  it("refuses a call without the right Business Unit ID", async () => {
    const { pardot } = await client("0Uv000000000000XXX");
    await expect(collect(pardot.owners())).rejects.toThrow(/Pardot answered 400/);
  });

  it("an expired session is refreshed once, then the call is retried", async () => {
    const { pardot, calls } = await client();
    store.expireSessions();
    const owners = await collect(pardot.owners());
    expect(owners.records).toHaveLength(3);
    expect(calls.refresh).toBe(1);
  });
});
