// A stand-in for the Herald server, for checking the widget in a real browser without the app: serves the
// loader, the frame page and frame.js (built in memory), answers the widget API per docs/widget-api.md with
// stubs, authorises realtime channels and publishes on a local Pusher-protocol server, and records every
// request. Not the real API: just enough to drive the loader and the frame.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import PusherServer from "pusher";
import { localPusherClientOptions, localPusherServerOptions } from "@/lib/realtime/config";
import type { MessagePayload } from "@/lib/realtime/events";
import { signChannel } from "@/lib/realtime/local-server/auth";
import { type LocalRealtimeServer, startLocalRealtimeServer } from "@/lib/realtime/local-server/server";
import { widgetBuilds } from "../build-config";
import { FRAME_CSP, frameHtml } from "../frame/html";

export const FAKE = {
  key: "pk_test",
  visitorId: "visitor1",
  token: "visitor1.sig",
  conversationId: "conv1",
  goodSignature: "good-signature",
  app: { appId: "fake-app", key: "fake-key", secret: "fake-secret" },
};

export interface Recorded {
  method: string;
  path: string;
  body: Record<string, unknown> | null;
  contentType: string | null;
  authorization: string | null;
}

export interface FakeHerald {
  origin: string;
  requests: Recorded[];
  messages: MessagePayload[];
  realtime: LocalRealtimeServer;
  sdk: PusherServer;
  agentMessage(body: string, authorName?: string, options?: { publish?: boolean }): Promise<MessagePayload>;
  restartRealtime(): Promise<void>; // drops every realtime connection, then serves again on the same port
  close(): Promise<void>;
}

const cors = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "content-type, authorization",
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parse(text: string, contentType: string | null): Record<string, unknown> | null {
  if (!text) return null;
  if (contentType?.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export async function startFakeHerald(port = 0): Promise<FakeHerald> {
  const [loader, frame] = await Promise.all(
    [widgetBuilds.loader, widgetBuilds.frame].map(async (options) => {
      const result = await build({ ...options, write: false });
      return result.outputFiles[0].text;
    }),
  );
  let realtime = await startLocalRealtimeServer({ ...FAKE.app, port: 0 });
  const sdk = new PusherServer(localPusherServerOptions({ ...FAKE.app, port: realtime.port }));
  const requests: Recorded[] = [];
  const messages: MessagePayload[] = [];
  let conversationOpen = false;
  let seq = 0;

  const newMessage = (authorType: MessagePayload["authorType"], body: string, authorName: string | null) => {
    const message: MessagePayload = {
      id: `m${++seq}`,
      conversationId: FAKE.conversationId,
      authorType,
      authorName,
      body,
      createdAt: new Date(Date.now() + seq).toISOString(),
    };
    messages.push(message);
    conversationOpen = true;
    return message;
  };
  const publish = (message: MessagePayload) =>
    sdk.trigger(`private-conversation-${FAKE.conversationId}`, "message.created", message);

  function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, {
      ...cors,
      ...headers,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }
  const error = (res: ServerResponse, status: number, code: string, message: string, headers = {}) =>
    send(res, status, { error: { code, message } }, headers);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://fake");
    const contentType = req.headers["content-type"] ?? null;
    const body = req.method === "POST" ? parse(await readBody(req), contentType) : null;
    if (req.method === "OPTIONS") return send(res, 204);
    const authorization = req.headers.authorization ?? null;
    requests.push({ method: req.method ?? "GET", path: url.pathname, body, contentType, authorization });

    if (url.pathname === "/widget/loader.js" || url.pathname === "/widget/frame.js") {
      res.writeHead(200, { "content-type": "text/javascript" });
      return res.end(url.pathname.endsWith("loader.js") ? loader : frame);
    }
    if (url.pathname === "/widget/frame") {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": FRAME_CSP,
      });
      return res.end(frameHtml);
    }
    if (url.pathname === "/api/realtime/auth") {
      const ok = body?.visitor_key === FAKE.key && body?.visitor_token === FAKE.token;
      const channel = String(body?.channel_name ?? "");
      const mine = [`private-visitor-${FAKE.visitorId}`, `private-conversation-${FAKE.conversationId}`];
      if (!ok || !mine.includes(channel)) return error(res, 403, "FORBIDDEN", "Not your channel.");
      return send(res, 200, signChannel(FAKE.app, String(body?.socket_id), channel));
    }

    const route = url.pathname.replace(/^\/api\/widget\//, "");
    const key = body?.key ?? url.searchParams.get("key");
    // As the real API: the Authorization header, or the body for beacons; never the query string.
    const bearer = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ""))?.[1];
    const token = bearer ?? body?.token;
    if (key !== FAKE.key) return error(res, 404, "NOT_FOUND", "Unknown key.");
    if (route === "session") {
      if (token != null && token !== FAKE.token) return error(res, 401, "UNAUTHORIZED", "Bad token.");
      return send(res, 200, {
        token: FAKE.token,
        visitorId: FAKE.visitorId,
        visitor: { name: null, email: null },
        conversationId: conversationOpen ? FAKE.conversationId : null,
        realtime: {
          key: FAKE.app.key,
          options: {
            ...localPusherClientOptions({ port: realtime.port }),
            channelAuthorization: { endpoint: "/api/realtime/auth", transport: "ajax" },
          },
        },
      });
    }
    if (token !== FAKE.token) return error(res, 401, "UNAUTHORIZED", "Bad token.");
    switch (route) {
      case "pageview":
        return send(res, 200, { visitId: "visit1" });
      case "heartbeat":
      case "leave":
        return send(res, 204);
      case "identify":
        if (body?.signature !== FAKE.goodSignature) {
          return error(res, 401, "UNAUTHORIZED", "The signature does not match.");
        }
        return send(res, 200, { visitor: { name: body?.name ?? null, email: body?.email ?? null } });
      case "conversation":
        return send(res, 200, {
          conversation: conversationOpen
            ? { id: FAKE.conversationId, status: "open", assigneeName: null }
            : null,
          messages,
        });
      case "messages": {
        const text = typeof body?.body === "string" ? body.body.trim() : "";
        if (text === "rate me") return error(res, 429, "RATE_LIMITED", "Slow down.", { "retry-after": "7" });
        if (!text || text.length > 5000) {
          return error(res, 400, "BAD_REQUEST", "A message is 1 to 5,000 characters.");
        }
        const message = newMessage("visitor", text, null);
        await publish(message);
        return send(res, 201, { conversationId: FAKE.conversationId, message });
      }
      case "read":
        return send(res, 204);
      default:
        return error(res, 404, "NOT_FOUND", "No such route.");
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) send(res, 500, { error: { code: "INTERNAL", message: String(e) } });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    requests,
    messages,
    get realtime() {
      return realtime;
    },
    sdk,
    async agentMessage(body, authorName = "Nadia", { publish: live = true } = {}) {
      const message = newMessage("agent", body, authorName);
      if (live) await publish(message);
      return message;
    },
    async restartRealtime() {
      const port = realtime.port;
      await realtime.close();
      realtime = await startLocalRealtimeServer({ ...FAKE.app, port });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await realtime.close();
    },
  };
}
