// A local Pusher-compatible server (protocol 7) for development and tests: one http.Server serves the
// HTTP API (/apps/:appId/...) and WebSocket connections (/app/:key). State lives in memory only.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { ChannelRegistry } from "./channels";
import { Connection } from "./connection";
import { createHttpApiHandler } from "./http-api";
import { ErrorCode, PROTOCOL_VERSION, serverMessage } from "./protocol";
import { createWebhookSender } from "./webhooks";

const KEEPALIVE_SLICES = 20;

export type LocalRealtimeOptions = {
  appId: string;
  key: string;
  secret: string;
  port: number; // 0 picks a free port
  host?: string;
  // Seconds of client silence before the server pings; Pusher's default is 120. A client that does not
  // answer is closed after as long again, which ends its channels (and sends channel_vacated).
  activityTimeoutSeconds?: number;
  // Where channel-existence webhooks go (Herald's /api/realtime/webhooks); none when unset.
  webhookUrl?: string;
  vacateDelayMs?: number; // how long channel_vacated waits for a reconnect (webhooks.ts)
};

export type LocalRealtimeServer = { port: number; host: string; url: string; close(): Promise<void> };

export async function startLocalRealtimeServer(options: LocalRealtimeOptions): Promise<LocalRealtimeServer> {
  const { appId, key, secret, host = "127.0.0.1", activityTimeoutSeconds = 120 } = options;
  const app = { key, secret };
  const webhooks = options.webhookUrl
    ? createWebhookSender(app, options.webhookUrl, options.vacateDelayMs)
    : undefined;
  const registry = new ChannelRegistry(webhooks?.channelExistence);
  const slices = Array.from({ length: KEEPALIVE_SLICES }, () => new Set<Connection>());
  let nextSlice = 0;
  const http = createServer(createHttpApiHandler({ app, appId, registry }));
  // Pusher caps client messages at 10 KB; a little headroom for the envelope, far below ws's 100 MiB default.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });

  // No request may take the server down (issue 8: an upgrade for "//" used to throw here): every failure
  // of one request ends that request's socket and nothing else.
  http.on("upgrade", (req, socket, head) => {
    socket.on("error", () => socket.destroy());
    try {
      upgrade(req, socket, head);
    } catch (error) {
      console.warn(`realtime: upgrade refused: ${(error as Error).message}`);
      socket.destroy();
    }
  });
  // Malformed HTTP (bad request lines, oversized headers): answer 400/431 when possible, never throw.
  http.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status =
      error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : "400 Bad Request";
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  });

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    const match = /^\/app\/([^/?]+)(?:\?(.*))?$/.exec(req.url ?? "");
    if (!match) {
      socket.end("HTTP/1.1 404 Not Found\r\n\r\n");
      return;
    }
    const query = new URLSearchParams(match[2] ?? "");
    wss.handleUpgrade(req, socket, head, (ws) => {
      // Pusher answers a bad key or protocol inside the WebSocket, so the client knows not to retry.
      const protocol = Number(query.get("protocol") ?? PROTOCOL_VERSION);
      const refusal =
        match[1] !== key
          ? { code: ErrorCode.applicationDoesNotExist, reason: "Application does not exist" }
          : protocol !== PROTOCOL_VERSION
            ? { code: ErrorCode.unsupportedProtocol, reason: `Unsupported protocol version ${protocol}` }
            : undefined;
      if (refusal) {
        ws.send(JSON.stringify(serverMessage.error(refusal.code, refusal.reason)));
        ws.close(refusal.code, refusal.reason);
        return;
      }
      const connection = new Connection(ws, { app, registry, activityTimeoutSeconds });
      const slice = slices[nextSlice++ % slices.length];
      slice.add(connection);
      ws.on("close", () => slice.delete(connection));
    });
  }

  // Every connection is checked a few times per activity window, so an idle client is pinged soon after the
  // window ends; one slice of the connections per tick, so the checks are spread over the window. Checked all
  // at once, the connections opened together (a page of visitors, every client after a restart) were pinged
  // together: 16,000 pings in one tick held the event loop for ~350 ms (bench/presence.ts, CPU profile).
  let tick = 0;
  const keepalive = setInterval(
    () => {
      for (const connection of slices[tick++ % slices.length]) {
        try {
          connection.checkAlive();
        } catch (error) {
          console.warn(`realtime: keepalive check failed: ${(error as Error).message}`);
        }
      }
    },
    Math.max(5, (activityTimeoutSeconds * 1000) / 4 / slices.length),
  );
  keepalive.unref();

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port, host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;

  return {
    port,
    host,
    url: `http://${host}:${port}`,
    close: async () => {
      clearInterval(keepalive);
      for (const client of wss.clients) client.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
