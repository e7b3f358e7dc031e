// Refresh-token rotation: refreshes of one connection are serialised and saved atomically, so two workers
// refreshing at once cost one refresh and neither burns the other's rotated token.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import {
  claimCrmSync,
  findCrmConnectionByIdUnscoped,
  saveOAuthCrmConnection,
} from "@/db/queries/crm-connections";
import { createWorkspace } from "@/db/queries/workspaces";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { SalesforceClient } from "@/lib/integrations/salesforce/client";
import { exchangeCode, pkcePair } from "@/lib/integrations/salesforce/oauth";
import { startSalesforceSandbox } from "@/lib/integrations/salesforce/sandbox/server";
import {
  SANDBOX_CLIENT_ID,
  SANDBOX_CLIENT_SECRET,
  SalesforceSandboxStore,
  seedSalesforceSandbox,
} from "@/lib/integrations/salesforce/sandbox/store";
import { createTestDb } from "@/test/db";
import { salesforceSession } from "./sources";
import { runCrmSync } from "./sync";

const store = seedSalesforceSandbox(new SalesforceSandboxStore(), 10);
let sandbox: Awaited<ReturnType<typeof startSalesforceSandbox>>;
let conn: Connection;
let connectionId: string;
const app = () => ({
  loginUrl: sandbox.url,
  clientId: SANDBOX_CLIENT_ID,
  clientSecret: SANDBOX_CLIENT_SECRET,
});

beforeAll(async () => {
  sandbox = await startSalesforceSandbox(store);
  conn = await createTestDb();
  const workspace = await createWorkspace(conn.db, "SF");
  const { verifier, challenge } = pkcePair();
  const code = store.issueCode(challenge, "http://localhost/cb");
  const t = await exchangeCode(app(), { code, redirectUri: "http://localhost/cb", verifier });
  connectionId = (
    await saveOAuthCrmConnection(conn.db, workspace.id, "salesforce", {
      accessTokenEncrypted: encryptSecret(t.accessToken),
      refreshTokenEncrypted: encryptSecret(t.refreshToken ?? ""),
      instanceUrl: t.instanceUrl,
    })
  ).id;
});
afterAll(async () => {
  await conn.close();
  await sandbox.close();
});

it("two workers refreshing the same expired token at once cause one refresh, and both get its token", async () => {
  // Two processes: each has its own in-flight map, only the database is shared.
  const a = salesforceSession(conn.db, connectionId, app(), new Map());
  const b = salesforceSession(conn.db, connectionId, app(), new Map());
  const expired = await a.accessToken();
  expect(await b.accessToken()).toBe(expired);
  store.expireSessions();
  const before = store.refreshes;
  const [ta, tb] = await Promise.all([a.refresh(expired), b.refresh(expired)]);
  expect(store.refreshes - before).toBe(1);
  expect(ta).toBe(tb);
  // The rotated refresh token was saved with the access token: the next refresh works.
  const row = await findCrmConnectionByIdUnscoped(conn.db, connectionId);
  expect(decryptSecret(row?.refreshTokenEncrypted ?? "")).toBe(store.refreshToken);
  expect(decryptSecret(row?.accessTokenEncrypted ?? "")).toBe(ta);
});

it("in one process, concurrent callers share a single refresh", async () => {
  const s = salesforceSession(conn.db, connectionId, app());
  const stale = await s.accessToken();
  const before = store.refreshes;
  const tokens = await Promise.all([s.refresh(stale), s.refresh(stale), s.refresh(stale)]);
  expect(store.refreshes - before).toBe(1);
  expect(new Set(tokens).size).toBe(1);
  expect(tokens[0]).not.toBe(stale);
});

it("a sync through an expired session refreshes once and stores the accounts", async () => {
  store.expireSessions();
  const before = store.refreshes;
  const claimed = await claimCrmSync(conn.db, connectionId, "full");
  if (!claimed) throw new Error("not claimed");
  const session = salesforceSession(conn.db, connectionId, app());
  const result = await runCrmSync(conn.db, claimed, new SalesforceClient(session), "full");
  expect(result).toMatchObject({ ok: true, accounts: 10, contacts: 10, owners: store.users.length });
  expect(store.refreshes - before).toBe(1);
});
