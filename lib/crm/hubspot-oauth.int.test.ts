// HubSpot OAuth through the sandbox: the consent page's state is bound to the admin who started it, works once
// and expires; the code exchange stores both tokens encrypted; an expired access token is refreshed once even
// when two workers hit it together; a revoked grant asks for a reconnect.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { claimCrmSync, findCrmConnectionById } from "@/db/queries/crm-connections";
import { listNotifications } from "@/db/queries/notification-center";
import { type CrmConnection, crmConnections } from "@/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { HubSpotClient } from "@/lib/integrations/hubspot/client";
import {
  SANDBOX_HUBSPOT_CLIENT_ID,
  SANDBOX_HUBSPOT_CLIENT_SECRET,
} from "@/lib/integrations/hubspot/sandbox/oauth";
import { startHubSpotSandbox } from "@/lib/integrations/hubspot/sandbox/server";
import { HubSpotSandboxStore, seedHubSpotSandbox } from "@/lib/integrations/hubspot/sandbox/store";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { beginHubSpotConnect, finishHubSpotConnect } from "./hubspot-connect";
import { OAUTH_STATE_TTL_MS, startOAuthState } from "./oauth-state";
import { crmCredentialsRefused } from "./reconnect";
import { hubspotToken } from "./sources";
import { runCrmSync } from "./sync";

const store = seedHubSpotSandbox(new HubSpotSandboxStore(), { companies: 20, contactsPerCompany: 1 });
let sandbox: Awaited<ReturnType<typeof startHubSpotSandbox>>;
let conn: Connection;
let ada: { workspaceId: string; userId: string };
let sam: { workspaceId: string; userId: string };

// What a person does on the sandbox's consent page: click Allow, and follow the redirect back to Herald.
async function allow(authorizeUrl: string) {
  const page = await fetch(authorizeUrl);
  expect(await page.text()).toContain("Allow");
  const q = new URL(authorizeUrl).searchParams;
  const response = await fetch(new URL("/oauth/authorize", sandbox.url), {
    method: "POST",
    body: new URLSearchParams({ redirect_uri: q.get("redirect_uri") ?? "", state: q.get("state") ?? "" }),
    redirect: "manual",
  });
  const back = new URL(response.headers.get("location") ?? "");
  return { code: back.searchParams.get("code"), state: back.searchParams.get("state"), error: null };
}

const connection = async () =>
  (await findCrmConnectionById(conn.db, ada.workspaceId, (await hubspotRow()).id)) as CrmConnection;
const hubspotRow = async () => {
  const [row] = await conn.db.select().from(crmConnections);
  if (!row) throw new Error("HubSpot not connected");
  return row;
};
const client = (row: CrmConnection, inFlight?: Map<string, Promise<string>>) =>
  new HubSpotClient({
    baseUrl: sandbox.url,
    token: hubspotToken(conn.db, row, inFlight),
    sleep: async () => {},
  });

const unreadNotices = async (who: { workspaceId: string; userId: string }) =>
  (await listNotifications(conn.db, who.workspaceId, who.userId, { filter: "unread" }))
    .filter((n) => n.type === "crm.needs_reconnect")
    .map((n) => n.title);

beforeAll(async () => {
  sandbox = await startHubSpotSandbox(store);
  // Read once, by the first env() of this test process.
  Object.assign(process.env, {
    HUBSPOT_API_URL: sandbox.url,
    HUBSPOT_AUTHORIZE_URL: sandbox.url,
    HUBSPOT_CLIENT_ID: SANDBOX_HUBSPOT_CLIENT_ID,
    HUBSPOT_CLIENT_SECRET: SANDBOX_HUBSPOT_CLIENT_SECRET,
  });
  conn = await createTestDb();
  const { workspaceId, ids } = await seedDemoWorkspace(conn.db);
  ada = { workspaceId, userId: ids.ada };
  sam = { workspaceId, userId: ids.sam };
});
afterAll(async () => {
  await conn.close();
  await sandbox.close();
});

describe("HubSpot OAuth", () => {
  it("sends the admin to the consent page with the read scopes and a state", async () => {
    const url = new URL(await beginHubSpotConnect(conn.db, ada));
    expect(url.origin + url.pathname).toBe(`${sandbox.url}/oauth/authorize`);
    expect(url.searchParams.get("client_id")).toBe(SANDBOX_HUBSPOT_CLIENT_ID);
    expect(url.searchParams.get("scope")).toBe(
      "crm.objects.companies.read crm.objects.contacts.read crm.objects.owners.read",
    );
    expect(url.searchParams.get("redirect_uri")).toMatch(/\/api\/integrations\/hubspot\/callback$/);
    expect(url.searchParams.get("state")).toMatch(/^[\w-]{32}$/);
  });

  it("refuses a state another admin started, before exchanging the code", async () => {
    const callback = await allow(await beginHubSpotConnect(conn.db, ada));
    await expect(finishHubSpotConnect(conn.db, sam, callback)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { state: expect.any(String) },
    });
  });

  it("refuses an expired state", async () => {
    const state = await startOAuthState(
      conn.db,
      ada,
      "hubspot",
      null,
      new Date(Date.now() - OAUTH_STATE_TTL_MS - 1000),
    );
    const callback = await allow(await beginHubSpotConnect(conn.db, ada));
    await expect(finishHubSpotConnect(conn.db, ada, { ...callback, state })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("refuses HubSpot's denial with its reason", async () => {
    await expect(
      finishHubSpotConnect(conn.db, ada, { code: null, state: null, error: "access_denied" }),
    ).rejects.toThrow(/access_denied/);
  });

  it("stores both tokens encrypted on Allow, and the state works once", async () => {
    const callback = await allow(await beginHubSpotConnect(conn.db, ada));
    await finishHubSpotConnect(conn.db, ada, callback);
    const row = await hubspotRow();
    expect(row.accessTokenEncrypted).not.toMatch(/hs-oauth/);
    expect(decryptSecret(row.accessTokenEncrypted)).toMatch(/^hs-oauth-/);
    expect(decryptSecret(row.refreshTokenEncrypted ?? "")).toBe(store.oauth.refreshToken);
    await expect(finishHubSpotConnect(conn.db, ada, callback)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("an expired access token is refreshed once, even by two workers at once, and the sync goes on", async () => {
    store.oauth.expireAccessTokens();
    const row = await connection();
    const before = store.oauth.refreshes;
    // Two processes: each has its own in-flight map, only the database is shared.
    const [a, b] = [client(row, new Map()), client(row, new Map())];
    const pages = await Promise.all([
      a.owners()[Symbol.asyncIterator]().next(),
      b.owners()[Symbol.asyncIterator]().next(),
    ]);
    expect(pages.every((p) => !p.done && p.value.records.length > 0)).toBe(true);
    expect(store.oauth.refreshes - before).toBe(1);

    store.oauth.expireAccessTokens();
    const claimed = await claimCrmSync(conn.db, row.id, "full");
    if (!claimed) throw new Error("not claimed");
    const result = await runCrmSync(conn.db, claimed, client(claimed), "full");
    expect(result).toMatchObject({ ok: true, accounts: 20, contacts: 20 });
    expect(store.oauth.refreshes - before).toBe(2);
  });

  it("X4: a revoked grant asks for a reconnect: every admin is told once, and reconnecting clears it", async () => {
    store.oauth.revoke();
    const row = await hubspotRow();
    const claimed = await claimCrmSync(conn.db, row.id, "incremental");
    if (!claimed) throw new Error("not claimed");
    const result = await runCrmSync(conn.db, claimed, client(claimed), "incremental");
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatch(/BAD_REFRESH_TOKEN.*reconnect/);
    expect((await connection()).status).toBe("needs_reconnect");
    // Another failing page or worker in the same episode tells nobody again.
    await crmCredentialsRefused(conn.db, row);
    expect(await unreadNotices(ada)).toEqual(["HubSpot needs reconnecting"]);
    expect(await unreadNotices(sam)).toEqual([]); // admins only

    await finishHubSpotConnect(conn.db, ada, await allow(await beginHubSpotConnect(conn.db, ada)));
    expect((await connection()).status).toBe("connected");
    expect(await unreadNotices(ada)).toEqual([]);

    // A new episode is told again.
    store.oauth.revoke();
    await crmCredentialsRefused(conn.db, row);
    expect(await unreadNotices(ada)).toEqual(["HubSpot needs reconnecting"]);
  });
});
