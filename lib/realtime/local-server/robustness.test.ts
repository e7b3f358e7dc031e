// Issue 8: no request (HTTP or WebSocket, any path, any frame) can take the local realtime server down.
// Each test ends by checking that the server still answers its HTTP API and accepts a new connection.
import { randomBytes } from "node:crypto";
import { connect as tcpConnect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RawClient, startTestServer, type TestServer } from "./testing";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

// Writes raw bytes on a TCP socket and resolves with whatever comes back before the socket ends (or 1 s).
function rawRequest(bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = tcpConnect(server.port, "127.0.0.1");
    let answer = "";
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, done);
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1");
    });
    socket.on("error", done);
    socket.on("close", done);
    socket.write(bytes);
  });
}

const upgrade = (path: string, extra = "") =>
  `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n${extra}\r\n`;

async function expectStillAnswering() {
  const health = await fetch(`${server.url}/health`);
  expect(health.status).toBe(200);
  const channel = await server.sdk.get({ path: "/channels/private-x" });
  expect(channel.status).toBe(200);
  const client = await RawClient.connect(server.port);
  expect(client.socketId).toMatch(/^\d+\.\d+$/);
  await client.close();
}

describe("local realtime server robustness", () => {
  it("a burst of malformed upgrade requests (`//`, `//[`, oversized headers, garbage frames) leaves the realtime server answering", async () => {
    const answers = await Promise.all([
      rawRequest(upgrade("//")),
      rawRequest(upgrade("//[")),
      rawRequest(upgrade("//[::1")),
      rawRequest(upgrade("/app/%%%")),
      rawRequest(upgrade(`/app/${"k".repeat(5000)}`)),
      rawRequest(upgrade("/app/x", `X-Big: ${"a".repeat(64 * 1024)}\r\n`)),
      rawRequest(upgrade("/app/x", "Sec-WebSocket-Version: 99\r\n")),
      rawRequest("GARBAGE\r\n\r\n"),
      rawRequest(randomBytes(4096)),
    ]);
    for (const answer of answers) expect(answer).not.toMatch(/ 5\d\d /);

    // Garbage after a successful handshake: invalid opcodes, an unmasked frame, a frame over maxPayload.
    for (const frame of [Buffer.from([0x83, 0x80, 1, 2, 3, 4]), Buffer.from([0x81, 0x05, 1, 2, 3, 4, 5])]) {
      const client = await RawClient.connect(server.port);
      const closed = new Promise((resolve) => client.ws.once("close", resolve));
      (client.ws as unknown as { _socket: NodeJS.WritableStream })._socket.write(frame);
      await closed;
    }
    const big = await RawClient.connect(server.port);
    const bigClosed = new Promise((resolve) => big.ws.once("close", resolve));
    big.ws.send("x".repeat(100 * 1024));
    await bigClosed;

    await expectStillAnswering();
  });

  it("survives a text frame whose data is nested too deep to re-serialise", async () => {
    const client = await RawClient.connect(server.port);
    const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
    client.ws.send(`{"event":"client-x","channel":"private-a","data":${deep}}`);
    await client.collect(() => false, 100);
    await client.close();
    await expectStillAnswering();
  });

  // Fuzz: random paths, methods, query strings and frames. Seeded by a printed value to be reproducible.
  it("fuzz: random HTTP requests and WebSocket frames never crash it nor answer 5xx", async () => {
    const seed = Date.now() % 100_000;
    let state = seed;
    const rand = (n: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state % n;
    };
    const pieces = [
      "/",
      "//",
      "[",
      "%",
      "%zz",
      "apps",
      "app",
      "herald-local",
      "channels",
      "events",
      "?",
      "&",
      "=",
      "..",
      "\u00e9",
      "users",
    ];
    const path = () => Array.from({ length: 1 + rand(6) }, () => pieces[rand(pieces.length)]).join("");
    const methods = ["GET", "POST", "PUT", "DELETE", "OPTIONS"];
    for (let i = 0; i < 150; i++) {
      const url = `${server.url}/${encodeURI(path()).replace(/^\/+/, "")}`;
      const method = methods[rand(methods.length)];
      const body = method === "GET" ? undefined : randomBytes(rand(256)).toString("latin1");
      const res = await fetch(url, { method, body }).catch(() => undefined);
      if (res) expect(res.status, `${method} ${url} (seed ${seed})`).toBeLessThan(500);
    }
    const frames = [
      "",
      "null",
      "[]",
      '{"event":1}',
      '{"event":"pusher:subscribe","data":null}',
      '{"event":"pusher:subscribe","data":{"channel":"__proto__"}}',
      '{"event":"pusher:subscribe","data":{"channel":"presence-a","auth":"x:y","channel_data":"{"}}',
      '{"event":"client-a","channel":"private-a","data":{"__proto__":{"x":1}}}',
    ];
    for (let i = 0; i < 50; i++) frames.push(randomBytes(rand(200)).toString(rand(2) ? "latin1" : "base64"));
    const client = await RawClient.connect(server.port);
    for (const frame of frames) client.ws.send(frame);
    for (let i = 0; i < 20; i++) client.ws.send(randomBytes(rand(300)));
    await client.collect(() => false, 200);
    await client.close();
    await expectStillAnswering();
  });
});
