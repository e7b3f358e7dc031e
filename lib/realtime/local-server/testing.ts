// Test helpers: a started server with credentials, the real `pusher` SDK pointed at it, and a raw
// protocol client for what pusher-js would refuse to send (client events on public channels, bad auth).
import PusherServer from "pusher";
import { WebSocket } from "ws";
import { localPusherServerOptions } from "../config";
import type { ServerMessage } from "./protocol";
import { type LocalRealtimeServer, startLocalRealtimeServer } from "./server";

export const testApp = { appId: "test-app", key: "test-key", secret: "test-secret" };

export type TestServer = LocalRealtimeServer & { sdk: PusherServer };

export async function startTestServer(activityTimeoutSeconds?: number): Promise<TestServer> {
  const server = await startLocalRealtimeServer({ ...testApp, port: 0, activityTimeoutSeconds });
  const sdk = new PusherServer(localPusherServerOptions({ ...testApp, port: server.port }));
  return { ...server, sdk };
}

// Parsed server message: `data` decoded from its JSON string, as pusher-js does.
export type Received = {
  event: string;
  channel?: string;
  data: unknown;
  user_id?: string;
  raw: ServerMessage;
};

// Like pusher-js: data that is JSON is parsed, anything else (a plain string event payload) is kept as is.
function decodeData(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

export class RawClient {
  readonly received: Received[] = [];
  socketId = "";
  private waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (raw) => {
      const message = JSON.parse(raw.toString()) as ServerMessage;
      this.received.push({ ...message, data: decodeData(message.data), raw: message });
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async connect(port: number, key = testApp.key): Promise<RawClient> {
    const client = new RawClient(new WebSocket(`ws://127.0.0.1:${port}/app/${key}?protocol=7&client=test`));
    const established = await client.next(
      (m) => m.event === "pusher:connection_established" || m.event === "pusher:error",
    );
    if (established.event === "pusher:connection_established") {
      client.socketId = (established.data as { socket_id: string }).socket_id;
    }
    return client;
  }

  send(message: unknown): void {
    this.ws.send(JSON.stringify(message));
  }

  // Resolves with the first message (already received or to come) matching, or rejects after timeoutMs.
  async next(match: (m: Received) => boolean, timeoutMs = 2000): Promise<Received> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no matching message; received: ${JSON.stringify(this.received.map((m) => m.raw))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  // For asserting that something did NOT arrive: waits a while, then returns what matched.
  async collect(match: (m: Received) => boolean, waitMs = 200): Promise<Received[]> {
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    return this.received.filter(match);
  }

  subscribe(channel: string, auth?: { auth: string; channel_data?: string }): Promise<Received> {
    this.send({ event: "pusher:subscribe", data: { channel, ...auth } });
    return this.next(
      (m) =>
        m.channel === channel &&
        (m.event === "pusher_internal:subscription_succeeded" || m.event === "pusher:error"),
    );
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once("close", () => resolve());
      this.ws.close();
    });
  }
}
