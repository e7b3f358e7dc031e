// The HubSpot client against the sandbox server: `after` pagination, the 10,000-result search cap, 429
// Retry-After, 401 → reconnect, malformed records skipped and counted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectPages } from "@/lib/crm/collect-pages";
import { HubSpotClient } from "./client";
import { HubSpotAuthError } from "./http";
import { startHubSpotSandbox } from "./sandbox/server";
import { HubSpotSandboxStore, SANDBOX_TOKEN, seedHubSpotSandbox } from "./sandbox/store";

const store = seedHubSpotSandbox(new HubSpotSandboxStore(), { companies: 12_500, contactsPerCompany: 0 });
let sandbox: Awaited<ReturnType<typeof startHubSpotSandbox>>;
const waits: number[] = [];
const client = (token = SANDBOX_TOKEN) =>
  new HubSpotClient({
    baseUrl: sandbox.url,
    token,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });

const collect = collectPages;

beforeAll(async () => {
  sandbox = await startHubSpotSandbox(store);
});
afterAll(() => sandbox.close());

describe("HubSpot client", () => {
  it("pages owners and companies with `after` until the last page", async () => {
    const owners = await collect(client().owners());
    expect(owners.records.map((o) => o.email)).toContain("nadia@acme.test");
    const companies = await collect(client().accounts(null));
    expect(companies.records).toHaveLength(12_500);
    expect(companies.pageCount).toBe(125);
    expect(new Set(companies.records.map((c) => c.crmId)).size).toBe(12_500);
    expect(companies.records[0]).toMatchObject({
      name: "Globex",
      domains: ["globex.example"],
      ownerCrmId: "9003",
    });
  });

  it("reads more than 10,000 changes by restarting the search from the last modified time", async () => {
    const since = store.list("companies")[100]?.modified ?? 0;
    const changes = await collect(client().accounts(since));
    const ids = new Set(changes.records.map((c) => c.crmId));
    expect(ids.size).toBe(12_500 - 100);
    // Sorted ascending by last-modified across the restart.
    const times = changes.records.map((c) => c.modifiedAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("waits Retry-After on 429 and on 5xx backs off, then resumes", async () => {
    waits.length = 0;
    store.faults.push({ status: 429, retryAfter: "3" }, { status: 503 });
    const owners = await collect(client().owners());
    expect(owners.records.length).toBe(store.owners.length);
    expect(waits).toEqual([3000, 1000]);
  });

  it("turns a 401 into an auth error (reconnect needed) without retrying", async () => {
    const before = store.requests;
    await expect(collect(client("pat-revoked").owners())).rejects.toBeInstanceOf(HubSpotAuthError);
    expect(store.requests - before).toBe(1);
  });

  it("skips and counts records that do not parse", async () => {
    const small = seedHubSpotSandbox(new HubSpotSandboxStore(), { companies: 50, malformedEvery: 10 });
    const other = await startHubSpotSandbox(small);
    try {
      const companies = await collect(
        new HubSpotClient({ baseUrl: other.url, token: SANDBOX_TOKEN }).accounts(null),
      );
      expect(companies.skipped).toBe(5);
      expect(companies.records).toHaveLength(45);
    } finally {
      await other.close();
    }
  });
});
