// A local FCM (PROVIDERS.md §4.2) for development and tests: its own service account (a fresh RSA key pair),
// Google's OAuth2 token endpoint checking the assertion's RS256 signature against that account's public key, and
// HTTP v1 `messages:send` answering as FCM does (UNREGISTERED for an uninstalled app, string-only data).
import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyJwt } from "../jwt";
import { readBody, type SandboxPhone } from "../push-sandbox-phone";
import type { FcmServiceAccount } from "./service-account";

export interface FcmSandbox {
  url: string;
  serviceAccount: FcmServiceAccount;
  tokensIssued: number;
  close(): Promise<void>;
}

type ExtraRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
};

const fcmError = (res: ServerResponse, code: number, status: string, errorCode?: string) =>
  json(res, code, {
    error: {
      code,
      message: `Sandbox FCM: ${errorCode ?? status}`,
      status,
      details: errorCode
        ? [{ "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", errorCode }]
        : [],
    },
  });

export async function startFcmSandbox(options: {
  phone: SandboxPhone;
  port?: number;
  extraRoutes?: ExtraRoutes;
}): Promise<FcmSandbox> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const accessTokens = new Set<string>();
  const projectId = "herald-sandbox";
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://sandbox");
    try {
      if (req.method === "POST" && url.pathname === "/token") return token(await readBody(req), res);
      const send = /^\/v1\/projects\/([^/]+)\/messages:send$/.exec(url.pathname);
      if (req.method === "POST" && send) return messagesSend(req, res, send[1]);
      if (options.extraRoutes && (await options.extraRoutes(req, res, url))) return;
      json(res, 404, { error: { code: 404, status: "NOT_FOUND", message: "Not found" } });
    } catch (error) {
      json(res, 500, { error: { code: 500, status: "INTERNAL", message: String(error) } });
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const serviceAccount: FcmServiceAccount = {
    project_id: projectId,
    private_key_id: randomBytes(20).toString("hex"),
    private_key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    client_email: `herald@${projectId}.iam.gserviceaccount.com`,
    token_uri: `${base}/token`,
  };
  const sandbox: FcmSandbox = {
    url: base,
    serviceAccount,
    tokensIssued: 0,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };

  // Google's service-account flow: the assertion must be signed by this account's key, for this audience.
  function token(body: string, res: ServerResponse) {
    const form = new URLSearchParams(body);
    const refuse = (why: string) => json(res, 400, { error: "invalid_grant", error_description: why });
    if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer")
      return json(res, 400, { error: "unsupported_grant_type" });
    const jwt = verifyJwt(form.get("assertion") ?? "", "RS256", publicKey);
    if (!jwt) return refuse("Invalid JWT Signature.");
    const { claims, header } = jwt;
    const now = Math.floor(Date.now() / 1000);
    if (header.kid !== serviceAccount.private_key_id) return refuse("Invalid key id.");
    if (claims.iss !== serviceAccount.client_email) return refuse("Invalid issuer.");
    if (claims.aud !== serviceAccount.token_uri) return refuse("Invalid audience.");
    if (!String(claims.scope ?? "").includes("firebase.messaging")) return refuse("Invalid scope.");
    const [iat, exp] = [Number(claims.iat), Number(claims.exp)];
    if (!(exp > now && exp - iat <= 3600 && iat <= now + 60)) return refuse("Invalid JWT: token expired.");
    const accessToken = `ya29.sandbox-${randomBytes(16).toString("hex")}`;
    accessTokens.add(accessToken);
    sandbox.tokensIssued++;
    json(res, 200, { access_token: accessToken, expires_in: 3599, token_type: "Bearer" });
  }

  async function messagesSend(req: IncomingMessage, res: ServerResponse, project: string) {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!bearer || !accessTokens.has(bearer)) return fcmError(res, 401, "UNAUTHENTICATED");
    if (project !== projectId) return fcmError(res, 403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH");
    const message = (JSON.parse(await readBody(req)) as { message?: Record<string, unknown> }).message;
    const deviceToken = typeof message?.token === "string" ? message.token : "";
    if (!deviceToken) return fcmError(res, 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT");
    const data = (message?.data ?? {}) as Record<string, unknown>;
    if (Object.values(data).some((v) => typeof v !== "string"))
      return fcmError(res, 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT");
    if (options.phone.uninstalled.has(deviceToken)) return fcmError(res, 404, "NOT_FOUND", "UNREGISTERED");
    const { title = "", body = "", ...rest } = data as Record<string, string>;
    options.phone.pushes.push({
      provider: "fcm",
      token: deviceToken,
      title,
      body,
      data: rest,
      receivedAt: new Date().toISOString(),
    });
    json(res, 200, { name: `projects/${projectId}/messages/${randomUUID()}` });
  }

  return sandbox;
}
