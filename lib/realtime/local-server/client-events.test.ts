// Client events (client-*): relayed to the other subscribers of a private/presence channel only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signChannel } from "./auth";
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

async function connect(): Promise<RawClient> {
  const client = await RawClient.connect(server.port);
  clients.push(client);
  return client;
}

async function subscribed(channel: string, userId?: string): Promise<RawClient> {
  const client = await connect();
  const channelData = userId === undefined ? undefined : JSON.stringify({ user_id: userId });
  const reply = await client.subscribe(channel, signChannel(testApp, client.socketId, channel, channelData));
  expect(reply.event).toBe("pusher_internal:subscription_succeeded");
  return client;
}

const typing = (m: { event: string }) => m.event === "client-typing";

describe("client events", () => {
  it("relays to the other subscribers of a private channel, not back to the sender", async () => {
    const [sender, receiver] = [await subscribed("private-conv-1"), await subscribed("private-conv-1")];
    const bystander = await subscribed("private-conv-2");
    sender.send({ event: "client-typing", channel: "private-conv-1", data: { typing: true } });

    const received = await receiver.next(typing);
    expect(received).toMatchObject({ channel: "private-conv-1", data: { typing: true } });
    expect(typeof received.raw.data).toBe("string");
    expect(await sender.collect(typing)).toEqual([]);
    expect(await bystander.collect(typing, 0)).toEqual([]);
  });

  it("adds the sender's user_id on presence channels", async () => {
    const sender = await subscribed("presence-team-1", "nadia");
    const receiver = await subscribed("presence-team-1", "omar");
    sender.send({ event: "client-typing", channel: "presence-team-1", data: { typing: false } });
    expect(await receiver.next(typing)).toMatchObject({ user_id: "nadia", data: { typing: false } });
  });

  it("refuses client events on a public channel", async () => {
    const [sender, receiver] = [await connect(), await connect()];
    await sender.subscribe("public-news");
    await receiver.subscribe("public-news");
    sender.send({ event: "client-typing", channel: "public-news", data: {} });
    const error = await sender.next((m) => m.event === "pusher:error");
    expect(error.data).toMatchObject({ code: 4009 });
    expect(await receiver.collect(typing)).toEqual([]);
  });

  it("refuses client events from a socket not subscribed to the channel", async () => {
    const receiver = await subscribed("private-conv-3");
    const outsider = await connect();
    outsider.send({ event: "client-typing", channel: "private-conv-3", data: {} });
    expect((await outsider.next((m) => m.event === "pusher:error")).data).toMatchObject({ code: 4009 });
    expect(await receiver.collect(typing)).toEqual([]);
  });
});
