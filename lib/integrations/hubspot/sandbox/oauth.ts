// The sandbox HubSpot's OAuth: a consent page at /oauth/authorize (a person clicks Allow) and the token endpoint
// /oauth/v1/token (authorization_code and refresh_token grants). Access tokens can be expired and the grant
// revoked, so tests and the dev page can watch a refresh, and a reconnect.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { HUBSPOT_TOKEN_PATH } from "../oauth";

export const SANDBOX_HUBSPOT_CLIENT_ID = "hubspot-sandbox-client";
export const SANDBOX_HUBSPOT_CLIENT_SECRET = "hubspot-sandbox-secret";

export class HubSpotSandboxOAuth {
  private readonly codes = new Map<string, string>(); // code → redirect_uri
  private readonly accessTokens = new Set<string>();
  refreshToken: string | null = null;
  refreshes = 0;

  issueCode(redirectUri: string) {
    const code = `code-${randomBytes(8).toString("hex")}`;
    this.codes.set(code, redirectUri);
    return code;
  }

  accepts(token: string) {
    return this.accessTokens.has(token);
  }

  // Access tokens last 30 minutes at HubSpot: this ends them at once.
  expireAccessTokens() {
    this.accessTokens.clear();
  }

  // The app uninstalled or the grant revoked: nothing works until a new sign-in.
  revoke() {
    this.accessTokens.clear();
    this.refreshToken = null;
  }

  private grant() {
    const accessToken = `hs-oauth-${randomBytes(12).toString("hex")}`;
    this.accessTokens.add(accessToken);
    // HubSpot keeps the refresh token across refreshes.
    this.refreshToken ??= `hs-refresh-${randomBytes(12).toString("hex")}`;
    return {
      access_token: accessToken,
      refresh_token: this.refreshToken,
      expires_in: 1800,
      token_type: "bearer",
    };
  }

  token(form: URLSearchParams): { status: number; body: unknown } {
    const refused = (message: string) => ({ status: 400, body: { status: "BAD_REQUEST", message } });
    if (
      form.get("client_id") !== SANDBOX_HUBSPOT_CLIENT_ID ||
      form.get("client_secret") !== SANDBOX_HUBSPOT_CLIENT_SECRET
    ) {
      return refused("invalid client credentials");
    }
    if (form.get("grant_type") === "authorization_code") {
      const code = form.get("code") ?? "";
      const redirectUri = this.codes.get(code);
      this.codes.delete(code);
      if (!redirectUri || redirectUri !== form.get("redirect_uri")) return refused("BAD_AUTH_CODE");
      return { status: 200, body: this.grant() };
    }
    if (form.get("grant_type") === "refresh_token") {
      if (!this.refreshToken || form.get("refresh_token") !== this.refreshToken) {
        return { status: 400, body: { status: "BAD_REFRESH_TOKEN", message: "refresh token is invalid" } };
      }
      this.refreshes++;
      return { status: 200, body: this.grant() };
    }
    return refused("unsupported grant_type");
  }
}

const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

async function readForm(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export async function handleHubSpotOAuth(
  oauth: HubSpotSandboxOAuth,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === "/oauth/authorize" && req.method === "GET") {
    const q = url.searchParams;
    if (q.get("client_id") !== SANDBOX_HUBSPOT_CLIENT_ID) return json(400, { message: "unknown client_id" });
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    return res.end(`<!doctype html><title>HubSpot sandbox</title><h1>Allow Herald to read your HubSpot CRM?</h1>
<p>Scopes: ${attr(q.get("scope") ?? "")}</p>
<form method="post" action="/oauth/authorize">${["redirect_uri", "state"]
      .map((k) => `<input type="hidden" name="${k}" value="${attr(q.get(k) ?? "")}">`)
      .join("")}<button>Allow</button></form>`);
  }
  if (url.pathname === "/oauth/authorize" && req.method === "POST") {
    const form = await readForm(req);
    const redirect = new URL(form.get("redirect_uri") ?? "");
    redirect.searchParams.set("code", oauth.issueCode(form.get("redirect_uri") ?? ""));
    redirect.searchParams.set("state", form.get("state") ?? "");
    res.writeHead(302, { location: redirect.toString() });
    return res.end();
  }
  if (url.pathname === HUBSPOT_TOKEN_PATH && req.method === "POST") {
    const { status, body } = oauth.token(await readForm(req));
    return json(status, body);
  }
  return json(404, { message: `No route ${url.pathname}` });
}
