// The sandbox's "Add to Slack": Slack's authorize page (a person clicks Allow or Cancel) and `oauth.v2.access`,
// which trades a code (single use, for the redirect_uri it was issued for) for the workspace's bot token
// (PROVIDERS.md §1.1). The client id and secret are the sandbox app's, known to anyone reading this file.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { SandboxWorkspace } from "./workspace";

export const sandboxOAuthApp = {
  clientId: "sandbox-client-id",
  clientSecret: "sandbox-client-secret",
} as const;

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

async function readForm(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function page(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><meta charset="utf-8"><title>Slack sandbox — install</title>
<style>body{font:15px system-ui;margin:3rem auto;max-width:36rem}button{font:inherit;padding:.4rem 1.2rem;margin-right:.5rem}</style>${body}`);
}

function json(res: ServerResponse, body: Record<string, unknown>) {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

// Slack's redirect back to the app: either a code or error=access_denied, always with the state it was given.
function redirectBack(res: ServerResponse, redirectUri: string, params: Record<string, string>) {
  const back = new URL(redirectUri);
  for (const [k, v] of Object.entries(params)) back.searchParams.set(k, v);
  res.writeHead(303, { location: back.toString() });
  res.end();
}

export function sandboxOAuth(workspace: SandboxWorkspace) {
  const codes = new Map<string, { redirectUri: string }>();

  // oauth.v2.access: client credentials as form fields or HTTP Basic; a code once, for its redirect_uri.
  function exchange(form: URLSearchParams, authorization = ""): Record<string, unknown> {
    const basic = Buffer.from(authorization.replace(/^Basic /, ""), "base64")
      .toString("utf8")
      .split(":");
    if ((form.get("client_id") ?? basic[0]) !== sandboxOAuthApp.clientId)
      return { ok: false, error: "invalid_client_id" };
    if ((form.get("client_secret") ?? basic[1]) !== sandboxOAuthApp.clientSecret)
      return { ok: false, error: "bad_client_secret" };
    const code = form.get("code") ?? "";
    const issued = codes.get(code);
    if (!issued) return { ok: false, error: "invalid_code" };
    codes.delete(code);
    const redirectUri = form.get("redirect_uri");
    if (redirectUri && redirectUri !== issued.redirectUri) return { ok: false, error: "bad_redirect_uri" };
    return {
      ok: true,
      access_token: workspace.botToken,
      token_type: "bot",
      scope: "chat:write,channels:read,groups:read,im:write,users:read,users:read.email,commands",
      bot_user_id: workspace.botUserId,
      app_id: workspace.appId,
      team: { id: workspace.teamId, name: workspace.teamName },
      enterprise: null,
      is_enterprise_install: false,
    };
  }

  // True when the request was one of the OAuth endpoints (and has been answered).
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? "/", "http://sandbox");
    if (url.pathname === "/oauth/v2/authorize" && req.method === "GET") {
      const q = url.searchParams;
      const redirectUri = q.get("redirect_uri") ?? "";
      if (q.get("client_id") !== sandboxOAuthApp.clientId || !URL.canParse(redirectUri)) {
        page(res, 400, "<h1>Invalid client_id or redirect_uri</h1>");
        return true;
      }
      const hidden = ["redirect_uri", "state"]
        .map((k) => `<input type="hidden" name="${k}" value="${esc(q.get(k) ?? "")}">`)
        .join("");
      page(
        res,
        200,
        `<h1>Herald is requesting permission to access the ${esc(workspace.teamName)} Slack workspace</h1>
<p>It will be able to: ${esc((q.get("scope") ?? "").split(",").join(", "))}.</p>
<form method="post" action="/oauth/v2/authorize">${hidden}
<button name="decision" value="allow">Allow</button><button name="decision" value="cancel">Cancel</button></form>`,
      );
      return true;
    }
    if (url.pathname === "/oauth/v2/authorize" && req.method === "POST") {
      const form = await readForm(req);
      const redirectUri = form.get("redirect_uri") ?? "";
      const state = form.get("state") ?? "";
      if (!URL.canParse(redirectUri)) {
        page(res, 400, "<h1>Invalid redirect_uri</h1>");
        return true;
      }
      if (form.get("decision") !== "allow") {
        redirectBack(res, redirectUri, { error: "access_denied", state });
        return true;
      }
      const code = `sandbox-code-${randomBytes(12).toString("hex")}`;
      codes.set(code, { redirectUri });
      redirectBack(res, redirectUri, { code, state });
      return true;
    }
    if (url.pathname === "/api/oauth.v2.access" && req.method === "POST") {
      json(res, exchange(await readForm(req), req.headers.authorization));
      return true;
    }
    return false;
  };
}
