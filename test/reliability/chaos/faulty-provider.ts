// A provider fake that fails a share of its calls the ways real ones do, and counts what it accepted by the
// caller's idempotency key (Resend's Idempotency-Key, web push's Topic). Faults:
// - error: a 503 and nothing accepted;
// - timeout: no answer for a while, then the connection drops, nothing accepted;
// - reset: the connection drops at once, nothing accepted;
// - lostAnswer: accepted, then the connection drops before the answer (the caller cannot know it went out).
// A request for a key the fake already answered with success is a duplicate: Herald heard "sent" and sent again.
// A request after a lost answer is the expected retry (`retriedAfterLostAnswer`); the provider absorbs it by key.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";

export type Fault = "error" | "timeout" | "reset" | "lostAnswer";

export interface ProviderTally {
  requests: number;
  accepted: number; // distinct keys the provider took
  faults: Record<Fault, number>;
  duplicated: number; // keys requested again after a success answer reached the caller
  retriedAfterLostAnswer: number;
  acceptedKeys: Set<string>;
}

export interface FaultyProviderOptions {
  failureRate: number; // 0.3: three calls in ten fail
  random: () => number; // seeded, so a run can be replayed
  keyOf: (req: IncomingMessage, body: Buffer) => string | null; // null: a request without a key (refused)
  success: (key: string) => { status: number; body: string; contentType: string };
  timeoutMs?: number;
  tls?: { key: Buffer; cert: Buffer };
}

export interface FaultyProvider {
  origin: string;
  tally: ProviderTally;
  close: () => Promise<void>;
}

function pickFault(o: FaultyProviderOptions): Fault | null {
  const r = o.random();
  if (r >= o.failureRate) return null;
  const share = r / o.failureRate; // 0..1 within the failing calls
  if (share < 0.4) return "error";
  if (share < 0.6) return "timeout";
  if (share < 0.8) return "reset";
  return "lostAnswer";
}

export async function startFaultyProvider(o: FaultyProviderOptions): Promise<FaultyProvider> {
  const tally: ProviderTally = {
    requests: 0,
    accepted: 0,
    faults: { error: 0, timeout: 0, reset: 0, lostAnswer: 0 },
    duplicated: 0,
    retriedAfterLostAnswer: 0,
    acceptedKeys: new Set(),
  };
  const answeredOk = new Set<string>();
  const lostAnswers = new Set<string>();
  const sockets = new Set<Socket>();
  const accept = (key: string) => {
    if (!tally.acceptedKeys.has(key)) tally.accepted++;
    tally.acceptedKeys.add(key);
  };
  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    tally.requests++;
    const key = o.keyOf(req, body);
    if (!key) {
      res.writeHead(400, { "content-type": "application/json" }).end('{"message":"no idempotency key"}');
      return;
    }
    if (answeredOk.has(key)) tally.duplicated++;
    else if (lostAnswers.has(key)) tally.retriedAfterLostAnswer++;
    const fault = pickFault(o);
    if (fault) tally.faults[fault]++;
    if (fault === "error") {
      res.writeHead(503, { "content-type": "application/json" });
      res.end('{"statusCode":503,"name":"internal_server_error","message":"injected fault"}');
      return;
    }
    if (fault === "timeout") {
      setTimeout(() => req.socket.destroy(), o.timeoutMs ?? 1_500);
      return;
    }
    if (fault === "reset") {
      req.socket.destroy();
      return;
    }
    accept(key);
    if (fault === "lostAnswer") {
      lostAnswers.add(key);
      req.socket.destroy();
      return;
    }
    const answer = o.success(key);
    res.writeHead(answer.status, { "content-type": answer.contentType });
    res.end(answer.body, () => answeredOk.add(key));
  };
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handle(req, res, Buffer.concat(chunks)));
  };
  const server = o.tls ? createHttpsServer(o.tls, listener) : createHttpServer(listener);
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${o.tls ? "https" : "http"}://127.0.0.1:${port}`,
    tally,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

// Mulberry32: a small seeded generator, so a failing run can be replayed with its seed.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
