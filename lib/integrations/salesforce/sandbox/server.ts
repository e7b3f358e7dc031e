// A local Salesforce: the OAuth authorize page (an Allow button) and token endpoint (PKCE, refresh with
// rotation), and the SOQL query endpoint Herald uses, paged with `nextRecordsUrl`.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SALESFORCE_API_VERSION } from "../client";
import { handlePardot } from "./pardot";
import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, type SalesforceSandboxStore } from "./store";

export const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

async function readForm(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+0000");

// Enough SOQL for Herald's three queries: the object after FROM and an optional LastModifiedDate >= bound.
function runSoql(store: SalesforceSandboxStore, soql: string): unknown[] | null {
  const from = /FROM (\w+)/.exec(soql)?.[1];
  const since = /LastModifiedDate >= (\S+)/.exec(soql)?.[1];
  const bound = since ? Date.parse(since) : Number.NEGATIVE_INFINITY;
  const attributes = (type: string) => ({ attributes: { type } });
  if (from === "User") return store.users.map((u) => ({ ...attributes("User"), ...u }));
  if (from === "Account") {
    return [...store.accounts.values()]
      .filter((a) => a.modified >= bound)
      .sort((a, b) => a.modified - b.modified)
      .map(({ modified, malformed, ...a }) => ({
        ...attributes("Account"),
        ...a,
        LastModifiedDate: malformed ? "not a date" : iso(modified),
      }));
  }
  if (from === "Contact") {
    return [...store.contacts.values()]
      .filter((c) => c.modified >= bound)
      .sort((a, b) => a.modified - b.modified)
      .map(({ modified, ...c }) => ({ ...attributes("Contact"), ...c, LastModifiedDate: iso(modified) }));
  }
  return null;
}

const cursors = new Map<string, unknown[]>();

function queryPage(store: SalesforceSandboxStore, rows: unknown[], cursor: string, offset: number) {
  const end = offset + store.batchSize;
  const done = end >= rows.length;
  return {
    totalSize: rows.length,
    done,
    ...(done ? {} : { nextRecordsUrl: `/services/data/${SALESFORCE_API_VERSION}/query/${cursor}-${end}` }),
    records: rows.slice(offset, end),
  };
}

async function handle(store: SalesforceSandboxStore, req: IncomingMessage, res: ServerResponse, url: URL) {
  if (url.pathname === "/services/oauth2/authorize" && req.method === "GET") {
    const q = url.searchParams;
    if (q.get("client_id") !== SANDBOX_CLIENT_ID) return json(res, 400, { error: "invalid_client_id" });
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    return res.end(`<!doctype html><title>Salesforce sandbox</title><h1>Allow Herald to access Salesforce?</h1>
<form method="post" action="/services/oauth2/authorize">${["redirect_uri", "state", "code_challenge"]
      .map((k) => `<input type="hidden" name="${k}" value="${(q.get(k) ?? "").replace(/"/g, "&quot;")}">`)
      .join("")}<button>Allow</button></form>`);
  }
  if (url.pathname === "/services/oauth2/authorize" && req.method === "POST") {
    const form = await readForm(req);
    const redirect = new URL(form.get("redirect_uri") ?? "");
    redirect.searchParams.set("code", store.issueCode(form.get("code_challenge") ?? "", redirect.toString()));
    redirect.searchParams.set("state", form.get("state") ?? "");
    res.writeHead(302, { location: redirect.toString() });
    return res.end();
  }
  if (url.pathname === "/services/oauth2/token" && req.method === "POST") {
    const form = await readForm(req);
    if (form.get("client_id") !== SANDBOX_CLIENT_ID || form.get("client_secret") !== SANDBOX_CLIENT_SECRET) {
      return json(res, 400, { error: "invalid_client", error_description: "invalid client credentials" });
    }
    // Every grant rotates the refresh token (Refresh Token Rotation on).
    const grantTokens = () => {
      const t = store.issueTokens(true);
      const instance_url = `http://${req.headers.host}`;
      return json(res, 200, {
        access_token: t.access,
        refresh_token: t.refresh,
        instance_url,
        token_type: "Bearer",
      });
    };
    if (form.get("grant_type") === "authorization_code") {
      const code = store.codes.get(form.get("code") ?? "");
      store.codes.delete(form.get("code") ?? "");
      const challenge = createHash("sha256")
        .update(form.get("code_verifier") ?? "")
        .digest("base64url");
      if (!code || code.challenge !== challenge) {
        return json(res, 400, { error: "invalid_grant", error_description: "authentication failure" });
      }
      return grantTokens();
    }
    if (form.get("grant_type") === "refresh_token") {
      if (!store.refreshToken || form.get("refresh_token") !== store.refreshToken) {
        return json(res, 400, { error: "invalid_grant", error_description: "expired access/refresh token" });
      }
      store.refreshes++;
      return grantTokens();
    }
    return json(res, 400, { error: "unsupported_grant_type" });
  }
  const token = req.headers.authorization?.replace(/^Bearer /, "") ?? "";
  if (!store.accessTokens.has(token)) {
    return json(res, 401, [{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }]);
  }
  store.requests++;
  const fault = store.faults.shift();
  if (fault) {
    res.writeHead(fault.status, {
      "content-type": "application/json",
      ...(fault.retryAfter ? { "retry-after": fault.retryAfter } : {}),
    });
    return res.end(JSON.stringify([{ message: "sandbox fault", errorCode: "REQUEST_LIMIT_EXCEEDED" }]));
  }
  if (url.pathname.startsWith("/api/v5/")) return handlePardot(store, req, res, url);
  const prefix = `/services/data/${SALESFORCE_API_VERSION}/query`;
  if (url.pathname === prefix) {
    const rows = runSoql(store, url.searchParams.get("q") ?? "");
    if (!rows) return json(res, 400, [{ message: "unsupported query", errorCode: "MALFORMED_QUERY" }]);
    const cursor = `01g${cursors.size + 1}`;
    cursors.set(cursor, rows);
    return json(res, 200, queryPage(store, rows, cursor, 0));
  }
  const next = new RegExp(`^${prefix}/(\\w+)-(\\d+)$`).exec(url.pathname);
  const rows = next ? cursors.get(next[1] ?? "") : undefined;
  if (next && rows) return json(res, 200, queryPage(store, rows, next[1] ?? "", Number(next[2])));
  return json(res, 404, [{ message: "not found", errorCode: "NOT_FOUND" }]);
}

export async function startSalesforceSandbox(store: SalesforceSandboxStore, port = 0, host = "127.0.0.1") {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox");
    handle(store, req, res, url).catch((error: unknown) => json(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
