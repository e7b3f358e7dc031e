// A local HubSpot speaking the paths Herald uses (owners, companies and contacts: list with `after`, search
// with the 10,000-result cap; OAuth consent and tokens, ./oauth.ts), plus a dev page at / to change a
// company's owner or delete it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleHubSpotOAuth } from "./oauth";
import { sandboxPage } from "./page";
import { type HubSpotSandboxStore, SANDBOX_TOKEN, type SandboxCompany, type SandboxContact } from "./store";

const iso = (ms: number) => new Date(ms).toISOString();

function companyJson(c: SandboxCompany) {
  const properties: Record<string, string | null> = {
    name: c.name,
    domain: c.domain,
    hubspot_owner_id: c.ownerId,
    hs_lastmodifieddate: c.malformed ? "not a date" : iso(c.modified),
  };
  return { id: c.id, properties, archived: false };
}

function contactJson(c: SandboxContact) {
  const properties = {
    email: c.email,
    associatedcompanyid: c.companyId,
    lastmodifieddate: c.malformed ? null : iso(c.modified),
  };
  return { id: c.id, properties, archived: false };
}

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function page<T>(items: T[], after: number, limit: number) {
  const slice = items.slice(after, after + limit);
  const next = after + limit < items.length ? { next: { after: String(after + limit) } } : {};
  return { slice, paging: next };
}

function searchFilterValue(body: unknown): number {
  const value = (body as { filterGroups?: { filters?: { value?: string }[] }[] })?.filterGroups?.[0]
    ?.filters?.[0]?.value;
  return Number(value ?? 0);
}

async function handleApi(store: HubSpotSandboxStore, req: IncomingMessage, res: ServerResponse, url: URL) {
  store.requests++;
  const token = req.headers.authorization?.replace(/^Bearer /, "") ?? "";
  if (token !== SANDBOX_TOKEN && !store.oauth.accepts(token)) {
    return send(res, 401, { status: "error", category: "INVALID_AUTHENTICATION", message: "Invalid token" });
  }
  const fault = store.faults.shift();
  if (fault) {
    const headers: Record<string, string> = fault.retryAfter ? { "retry-after": fault.retryAfter } : {};
    return send(res, fault.status, { status: "error", message: "sandbox fault" }, headers);
  }
  const after = Number(url.searchParams.get("after") ?? 0);
  const limit = Math.min(Number(url.searchParams.get("limit") ?? 100), 100);
  if (req.method === "GET" && url.pathname === "/crm/v3/owners") {
    const { slice, paging } = page(store.owners, after, limit);
    return send(res, 200, { results: slice, paging });
  }
  const match = /^\/crm\/v3\/objects\/(companies|contacts)(\/search)?$/.exec(url.pathname);
  if (!match) return send(res, 404, { status: "error", message: `No route ${url.pathname}` });
  const kind = match[1] as "companies" | "contacts";
  const toJson = (r: SandboxCompany | SandboxContact) =>
    kind === "companies" ? companyJson(r as SandboxCompany) : contactJson(r as SandboxContact);
  if (!match[2] && req.method === "GET") {
    const items = store.list(kind);
    const { slice, paging } = page(items, after, limit);
    return send(res, 200, { results: slice.map(toJson), paging, total: items.length });
  }
  if (match[2] && req.method === "POST") {
    const body = JSON.parse((await readBody(req)) || "{}") as { after?: string; limit?: number };
    const from = searchFilterValue(body);
    const offset = Number(body.after ?? 0);
    const size = Math.min(body.limit ?? 10, 200);
    // HubSpot refuses to page past 10,000 results of one search.
    if (offset + size > 10_000)
      return send(res, 400, { status: "error", message: "Search is capped at 10000" });
    const items = (store.list(kind) as (SandboxCompany | SandboxContact)[])
      .filter((r) => r.modified >= from)
      .sort((a, b) => a.modified - b.modified);
    const { slice, paging } = page(items, offset, size);
    return send(res, 200, { total: items.length, results: slice.map(toJson), paging });
  }
  return send(res, 405, { status: "error", message: "Method not allowed" });
}

async function handlePage(store: HubSpotSandboxStore, req: IncomingMessage, res: ServerResponse, url: URL) {
  if (req.method === "POST") {
    const form = new URLSearchParams(await readBody(req));
    const companyId = form.get("companyId") ?? "";
    if (url.pathname === "/sandbox/owner") store.setOwner(companyId, form.get("ownerId") || null);
    if (url.pathname === "/sandbox/delete") store.deleteCompany(companyId);
    if (url.pathname === "/sandbox/revoke") store.oauth.revoke();
    res.writeHead(303, { location: `/?q=${encodeURIComponent(form.get("q") ?? "")}` });
    return res.end();
  }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(sandboxPage(store, url.searchParams.get("q") ?? ""));
}

export async function startHubSpotSandbox(store: HubSpotSandboxStore, port = 0, host = "127.0.0.1") {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox");
    const handled = url.pathname.startsWith("/crm/")
      ? handleApi(store, req, res, url)
      : url.pathname.startsWith("/oauth/")
        ? handleHubSpotOAuth(store.oauth, req, res, url)
        : handlePage(store, req, res, url);
    handled.catch((error: unknown) => send(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
