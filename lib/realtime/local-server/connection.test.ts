// The WebSocket side of the protocol, spoken by a raw client so every frame is visible.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signChannel } from "./auth";
import { RawClient, startTestServer, type TestServer, testApp } from "./testing";

let server: TestServer;
let keepaliveServer: TestServer;
const clients: RawClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  // A fraction of a second of activity timeout (Pusher uses 120 s) so keepalive is observable quickly.
  keepaliveServer = await startTestServer(0.3);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await Promise.all([server.close(), keepaliveServer.close()]);
});

async function connect(key?: string, port = server.port): Promise<RawClient> {
  const client = await RawClient.connect(port, key);
  clients.push(client);
  return client;
}

describe("connection", () => {
  it("establishes with a socket id and the activity timeout, data as a JSON string", async () => {
    const client = await connect();
    const [first] = client.received;
    expect(first?.event).toBe("pusher:connection_established");
    expect(typeof first?.raw.data).toBe("string");
    expect(first?.data).toEqual({ socket_id: client.socketId, activity_timeout: 120 });
    expect(client.socketId).toMatch(/^\d+\.\d+$/);
  });

  it("refuses an unknown app key with pusher:error 4001 and closes with that code", async () => {
    const client = await connect("wrong-key");
    const closed = new Promise<number>((resolve) => client.ws.once("close", (code) => resolve(code)));
    expect(client.received[0]).toMatchObject({ event: "pusher:error", data: { code: 4001 } });
    expect(await closed).toBe(4001);
  });

  it("answers pusher:ping with pusher:pong", async () => {
    const client = await connect();
    client.send({ event: "pusher:ping", data: {} });
    const pong = await client.next((m) => m.event === "pusher:pong");
    expect(pong.data).toEqual({});
  });

  it("pings an idle client, then closes it with 4201 when no pong comes", async () => {
    const client = await connect(undefined, keepaliveServer.port);
    const closed = new Promise<number>((resolve) => client.ws.once("close", (code) => resolve(code)));
    await client.next((m) => m.event === "pusher:ping", 3000);
    expect(await closed).toBe(4201);
  });

  it("keeps a client that answers pings", async () => {
    const client = await connect(undefined, keepaliveServer.port);
    client.ws.on("message", (raw) => {
      if (String(raw).includes('"pusher:ping"')) client.send({ event: "pusher:pong", data: {} });
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(client.received.filter((m) => m.event === "pusher:ping").length).toBeGreaterThanOrEqual(2);
    expect(client.ws.readyState).toBe(client.ws.OPEN);
  });

  // Regression (keepalive burst): every connection was checked in the same tick, so connections opened
  // together were pinged together: 16,000 pings in one tick held the server's event loop ~350 ms.
  it("pings connections opened together spread over the window, not all in one tick", async () => {
    const spreadServer = await startTestServer(0.4);
    const together = await Promise.all(
      Array.from({ length: 60 }, () => RawClient.connect(spreadServer.port)),
    );
    const pingedAt = await Promise.all(
      together.map(async (client) => {
        await client.next((m) => m.event === "pusher:ping", 3000);
        return performance.now();
      }),
    );
    await Promise.all(together.map((c) => c.close()));
    await spreadServer.close();
    // The most pings that arrived within 3 ms of each other: all 60 before, a slice's few now (half allows
    // for a busy machine reading several ticks' pings at once).
    const sorted = pingedAt.sort((a, b) => a - b);
    const largestBurst = Math.max(
      ...sorted.map((t, i) => sorted.filter((u, j) => j >= i && u - t <= 3).length),
    );
    expect(largestBurst).toBeLessThanOrEqual(30);
  });

  it("answers a malformed frame with pusher:error and stays open", async () => {
    const client = await connect();
    client.ws.send("not json");
    const error = await client.next((m) => m.event === "pusher:error");
    expect(error.data).toMatchObject({ code: null });
    expect((await client.subscribe("news")).event).toBe("pusher_internal:subscription_succeeded");
  });

  it("subscribes to a private channel with a valid signature and receives triggers", async () => {
    const client = await connect();
    const ok = await client.subscribe(
      "private-user-1",
      signChannel(testApp, client.socketId, "private-user-1"),
    );
    expect(ok).toMatchObject({ event: "pusher_internal:subscription_succeeded", data: {} });
    await server.sdk.trigger("private-user-1", "notification.created", { id: "n1" });
    const event = await client.next((m) => m.event === "notification.created");
    expect(event).toMatchObject({ channel: "private-user-1", data: { id: "n1" } });
  });

  it("refuses a private subscription signed for another socket, and delivers nothing to it", async () => {
    const client = await connect();
    const stolen = signChannel(testApp, "1.2", "private-user-2");
    const refused = await client.subscribe("private-user-2", stolen);
    expect(refused).toMatchObject({ event: "pusher:error", data: { code: 4009 } });
    const noAuth = await connect();
    expect((await noAuth.subscribe("private-user-2")).data).toMatchObject({ code: 4009 });

    await server.sdk.trigger("private-user-2", "secret", { x: 1 });
    expect(await client.collect((m) => m.event === "secret")).toEqual([]);
    expect(await noAuth.collect((m) => m.event === "secret", 0)).toEqual([]);
  });
});

describe("oversized frames", () => {
  it("closes only the offending socket (1009) and keeps serving others", async () => {
    const [offender, other] = [await connect(), await connect()];
    const closed = new Promise<number>((resolve) => offender.ws.once("close", (code) => resolve(code)));
    offender.send({ event: "client-big", channel: "private-x", data: "x".repeat(70 * 1024) });
    expect(await closed).toBe(1009);
    other.send({ event: "pusher:ping", data: {} });
    expect((await other.next((m) => m.event === "pusher:pong")).event).toBe("pusher:pong");
  });
});
