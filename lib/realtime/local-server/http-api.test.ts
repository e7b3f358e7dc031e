// The HTTP API: the pusher SDK's trigger/triggerBatch, and hand-signed requests to probe the checks.
import { createHash, createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RawClient, startTestServer, type TestServer, testApp } from "./testing";

let server: TestServer;
const clients: RawClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
});

async function listener(...channels: string[]): Promise<RawClient> {
  const client = await RawClient.connect(server.port);
  clients.push(client);
  for (const channel of channels) await client.subscribe(channel);
  return client;
}

// Signs as the Pusher HTTP API spec says, written out here rather than reusing the server's code.
function signedPost(body: string, overrides: Record<string, string> = {}, secret = testApp.secret) {
  const path = `/apps/${testApp.appId}/events`;
  const params: Record<string, string> = {
    auth_key: testApp.key,
    auth_timestamp: String(Math.floor(Date.now() / 1000)),
    auth_version: "1.0",
    body_md5: createHash("md5").update(body).digest("hex"),
    ...overrides,
  };
  const query = Object.keys(params)
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join("&");
  const signature = createHmac("sha256", secret).update(`POST\n${path}\n${query}`).digest("hex");
  return fetch(`${server.url}${path}?${query}&auth_signature=${signature}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
}

const event = JSON.stringify({ name: "ping.me", channels: ["news"], data: '{"n":1}' });
const pinged = (m: { event: string }) => m.event === "ping.me";

describe("HTTP API", () => {
  it("accepts a correctly hand-signed trigger", async () => {
    const client = await listener("news");
    const res = await signedPost(event);
    expect(res.status).toBe(200);
    expect((await client.next(pinged)).data).toEqual({ n: 1 });
  });

  it("triggers to several channels with the pusher SDK, excluding socket_id", async () => {
    const [a, b, sender] = [await listener("room-a"), await listener("room-b"), await listener("room-a")];
    await server.sdk.trigger(
      ["room-a", "room-b"],
      "message.created",
      { text: "hi" },
      { socket_id: sender.socketId },
    );
    expect((await a.next((m) => m.event === "message.created")).data).toEqual({ text: "hi" });
    expect(await b.next((m) => m.event === "message.created")).toMatchObject({ channel: "room-b" });
    expect(await sender.collect((m) => m.event === "message.created")).toEqual([]);
  });

  it("delivers a batch trigger, each event to its channel", async () => {
    const [a, b] = [await listener("batch-a"), await listener("batch-b")];
    await server.sdk.triggerBatch([
      { channel: "batch-a", name: "one", data: { n: 1 } },
      { channel: "batch-b", name: "two", data: "plain text" },
    ]);
    expect((await a.next((m) => m.event === "one")).data).toEqual({ n: 1 });
    expect((await b.next((m) => m.event === "two")).raw.data).toBe("plain text");
    expect(await a.collect((m) => m.event === "two", 0)).toEqual([]);
  });

  it("refuses a bad signature with 401 and a reason, and delivers nothing", async () => {
    const client = await listener("news-401");
    const body = JSON.stringify({ name: "ping.me", channels: ["news-401"], data: "{}" });
    const res = await signedPost(body, {}, "wrong-secret");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Invalid signature" });
    expect(await client.collect(pinged)).toEqual([]);
  });

  it("refuses a body that does not match body_md5 with 401", async () => {
    const client = await listener("news-md5");
    const body = JSON.stringify({ name: "ping.me", channels: ["news-md5"], data: "{}" });
    const res = await signedPost(body, { body_md5: createHash("md5").update("other").digest("hex") });
    expect(res.status).toBe(401);
    expect((await res.json()).error).toMatch(/body_md5/);
    expect(await client.collect(pinged)).toEqual([]);
  });

  it("refuses an expired timestamp and an unknown key with 401", async () => {
    const old = String(Math.floor(Date.now() / 1000) - 601);
    expect((await signedPost(event, { auth_timestamp: old })).status).toBe(401);
    expect((await signedPost(event, { auth_key: "other-key" })).status).toBe(401);
  });

  it("answers malformed JSON and invalid bodies with 400, never 500", async () => {
    const malformed = await signedPost("{not json");
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: "Body is not valid JSON" });
    const tooMany = JSON.stringify({
      name: "x",
      data: "{}",
      channels: Array.from({ length: 101 }, (_, i) => `c${i}`),
    });
    expect((await signedPost(tooMany)).status).toBe(400);
    expect(
      (await signedPost(JSON.stringify({ name: "x", data: { not: "a string" }, channel: "c" }))).status,
    ).toBe(400);
    expect((await signedPost(JSON.stringify({ name: "x", data: "{}" }))).status).toBe(400);
  });

  it("rejects a trigger through the SDK with the wrong secret", async () => {
    const { default: PusherServer } = await import("pusher");
    const wrong = new PusherServer({
      ...testApp,
      secret: "nope",
      host: "127.0.0.1",
      port: String(server.port),
      useTLS: false,
    });
    await expect(wrong.trigger("news", "x", {})).rejects.toMatchObject({ status: 401 });
  });

  it("404s another app id", async () => {
    const res = await fetch(`${server.url}/apps/other/events`, { method: "POST", body: "{}" });
    expect(res.status).toBe(404);
  });
});
