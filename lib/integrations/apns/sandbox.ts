// A local APNs (PROVIDERS.md §4.3) for development and tests: real HTTP/2 (cleartext, h2c: no certificate to
// trust), token auth checked against its own ES256 key (a fresh P-256 pair, handed out as a .p8 would be), and
// Apple's answers: 410 Unregistered for an uninstalled app, 400 BadDeviceToken, 403 for a bad provider token.
import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type ServerHttp2Stream } from "node:http2";
import type { AddressInfo } from "node:net";
import { verifyJwt } from "../jwt";
import { readBody, type SandboxPhone } from "../push-sandbox-phone";
import type { ApnsKey } from "./client";

export interface ApnsSandbox {
  url: string;
  key: ApnsKey;
  close(): Promise<void>;
}

const appleId = () =>
  Array.from(randomBytes(10), (b) => "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[b % 36]).join("");

export async function startApnsSandbox(options: {
  phone: SandboxPhone;
  port?: number;
}): Promise<ApnsSandbox> {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const key: ApnsKey = {
    keyId: appleId(),
    teamId: appleId(),
    privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
  const server = createServer();
  server.on("stream", (stream, headers) => {
    handle(stream, headers).catch(() => answer(stream, 500, { reason: "InternalServerError" }));
  });

  function answer(stream: ServerHttp2Stream, status: number, body?: unknown) {
    if (stream.destroyed) return;
    stream.respond({ ":status": status, "apns-id": randomUUID(), "content-type": "application/json" });
    stream.end(body ? JSON.stringify(body) : undefined);
  }

  function providerTokenProblem(authorization: string | undefined): string | null {
    const jwt = verifyJwt(/^bearer (.+)$/i.exec(authorization ?? "")?.[1] ?? "", "ES256", publicKey);
    if (!jwt || jwt.header.kid !== key.keyId || jwt.claims.iss !== key.teamId) return "InvalidProviderToken";
    const age = Date.now() / 1000 - Number(jwt.claims.iat);
    return age > 3600 ? "ExpiredProviderToken" : null;
  }

  async function handle(stream: ServerHttp2Stream, headers: IncomingHttpHeaders) {
    const body = await readBody(stream);
    const device = /^\/3\/device\/([^/?]+)$/.exec(String(headers[":path"] ?? ""))?.[1];
    if (headers[":method"] !== "POST" || !device) return answer(stream, 405, { reason: "MethodNotAllowed" });
    const tokenProblem = providerTokenProblem(headers.authorization as string | undefined);
    if (tokenProblem) return answer(stream, 403, { reason: tokenProblem });
    if (!headers["apns-topic"]) return answer(stream, 400, { reason: "MissingTopic" });
    if (!headers["apns-push-type"]) return answer(stream, 400, { reason: "InvalidPushType" });
    if (!/^[0-9a-f]{64}$/i.test(device)) return answer(stream, 400, { reason: "BadDeviceToken" });
    if (options.phone.uninstalled.has(device))
      return answer(stream, 410, { reason: "Unregistered", timestamp: Date.now() });
    const payload = JSON.parse(body || "{}") as {
      aps?: { alert?: { title?: string; body?: string }; "mutable-content"?: number };
      herald?: Record<string, string>;
    };
    if (!payload.aps) return answer(stream, 400, { reason: "PayloadEmpty" });
    options.phone.pushes.push({
      provider: "apns",
      token: device,
      title: payload.aps.alert?.title ?? "",
      body: payload.aps.alert?.body ?? "",
      data: payload.herald ?? {},
      receivedAt: new Date().toISOString(),
    });
    answer(stream, 200);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    key,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
