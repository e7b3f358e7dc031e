// The Salesforce client against the sandbox: SOQL paged by `nextRecordsUrl`, an expired session refreshed once
// and the call retried, a dead refresh token → reconnect, 429/5xx backed off and resumed, a malformed row
// skipped and counted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectPages } from "@/lib/crm/collect-pages";
import { SalesforceClient } from "./client";
import { exchangeCode, pkcePair, SalesforceAuthError } from "./oauth";
import { grantSandboxTokens, sandboxApp, memorySession as sandboxMemory } from "./sandbox/memory-session";
import { startSalesforceSandbox } from "./sandbox/server";
import { SalesforceSandboxStore, seedSalesforceSandbox } from "./sandbox/store";

const store = seedSalesforceSandbox(new SalesforceSandboxStore(), 1200);
store.batchSize = 500;
let sandbox: Awaited<ReturnType<typeof startSalesforceSandbox>>;
const app = () => sandboxApp(sandbox.url);

const connectToSandbox = () => grantSandboxTokens(store, sandbox.url);
const memorySession = (tokens: { access: string; refresh: string }) => sandboxMemory(sandbox.url, tokens);

const collect = collectPages;

beforeAll(async () => {
  sandbox = await startSalesforceSandbox(store);
});
afterAll(() => sandbox.close());

describe("Salesforce client", () => {
  it("the code exchange refuses a wrong PKCE verifier", async () => {
    const { challenge } = pkcePair();
    const code = store.issueCode(challenge, "http://localhost/cb");
    await expect(
      exchangeCode(app(), { code, redirectUri: "http://localhost/cb", verifier: "not-the-verifier" }),
    ).rejects.toBeInstanceOf(SalesforceAuthError);
  });

  it("follows nextRecordsUrl until done", async () => {
    const { session } = memorySession(await connectToSandbox());
    const accounts = await collect(new SalesforceClient(session).accounts(null));
    expect(accounts.records).toHaveLength(1200);
    expect(accounts.pageCount).toBe(3);
    expect(accounts.records.find((a) => a.name === "Globex")).toMatchObject({
      domains: ["globex.example"],
      ownerCrmId: "0053",
    });
    const users = await collect(new SalesforceClient(session).owners());
    expect(users.records.map((u) => u.email)).toContain("nadia@acme.test");
  });

  it("reads only what changed since the cursor", async () => {
    const { session } = memorySession(await connectToSandbox());
    store.setOwner("0011", "0054");
    const since = store.accounts.get("0011")?.modified ?? 0;
    const changed = await collect(new SalesforceClient(session).accounts(since));
    expect(changed.records).toEqual([expect.objectContaining({ crmId: "0011", ownerCrmId: "0054" })]);
  });

  it("an expired session is refreshed once and the call retried", async () => {
    const { session, calls } = memorySession(await connectToSandbox());
    store.expireSessions();
    const users = await collect(new SalesforceClient(session).owners());
    expect(users.records.length).toBe(store.users.length);
    expect(calls.refresh).toBe(1);
  });

  it("a dead refresh token (rotated away) means reconnect", async () => {
    const first = await connectToSandbox();
    await connectToSandbox(); // a newer grant rotates the sandbox's refresh token: the first one is dead
    const { session } = memorySession(first);
    store.expireSessions();
    await expect(collect(new SalesforceClient(session).owners())).rejects.toBeInstanceOf(SalesforceAuthError);
  });

  it("429 and 5xx mid-query: waits (Retry-After when given), then resumes at the same nextRecordsUrl", async () => {
    const { session } = memorySession(await connectToSandbox());
    const waits: number[] = [];
    const client = new SalesforceClient(session, { sleep: async (ms) => void waits.push(ms) });
    const pages = client.accounts(null)[Symbol.asyncIterator]();
    const first = await pages.next();
    store.faults.push({ status: 429, retryAfter: "2" }, { status: 503 });
    const seen = first.done ? [] : [...first.value.records];
    for (let page = await pages.next(); !page.done; page = await pages.next())
      seen.push(...page.value.records);
    expect(waits).toEqual([2000, 1000]);
    expect(seen).toHaveLength(1200);
    expect(new Set(seen.map((a) => a.crmId)).size).toBe(1200);
  });

  it("skips and counts a row that does not parse", async () => {
    const { session } = memorySession(await connectToSandbox());
    store.accounts.set("001bad", {
      Id: "001bad",
      Name: "Bad",
      Website: "",
      OwnerId: "0051",
      modified: 0,
      malformed: true,
    });
    try {
      const accounts = await collect(new SalesforceClient(session).accounts(null));
      expect(accounts.skipped).toBe(1);
    } finally {
      store.accounts.delete("001bad");
    }
  });
});
