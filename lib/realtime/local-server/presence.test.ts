// Presence: members are users, not sockets; member_added/removed only on a user's first/last socket.
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

async function join(channel: string, userId: string, name = userId) {
  const client = await RawClient.connect(server.port);
  clients.push(client);
  const channelData = JSON.stringify({ user_id: userId, user_info: { name } });
  const reply = await client.subscribe(channel, signChannel(testApp, client.socketId, channel, channelData));
  return { client, reply };
}

const isMember = (event: string) => (m: { event: string }) => m.event === `pusher_internal:member_${event}`;

describe("presence channels", () => {
  it("sends the member list on subscribe and member_added to the others", async () => {
    const { client: nadia, reply: first } = await join("presence-ws-a", "nadia", "Nadia");
    expect(first.data).toEqual({
      presence: { ids: ["nadia"], hash: { nadia: { name: "Nadia" } }, count: 1 },
    });

    const { client: omar, reply: second } = await join("presence-ws-a", "omar", "Omar");
    expect(second.data).toEqual({
      presence: {
        ids: ["nadia", "omar"],
        hash: { nadia: { name: "Nadia" }, omar: { name: "Omar" } },
        count: 2,
      },
    });
    const added = await nadia.next(isMember("added"));
    expect(added).toMatchObject({
      channel: "presence-ws-a",
      data: { user_id: "omar", user_info: { name: "Omar" } },
    });
    expect(await omar.collect(isMember("added"), 50)).toEqual([]); // not told about itself
  });

  it("counts a user with two sockets once, and removes them only when the last socket leaves", async () => {
    const { client: watcher } = await join("presence-ws-b", "watcher");
    const { client: tab1 } = await join("presence-ws-b", "agent-1");
    const { client: tab2, reply } = await join("presence-ws-b", "agent-1");
    expect((reply.data as { presence: { count: number; ids: string[] } }).presence).toMatchObject({
      count: 2,
      ids: ["watcher", "agent-1"],
    });
    expect(await watcher.collect(isMember("added"))).toHaveLength(1); // one member_added for agent-1

    await tab1.close();
    expect(await watcher.collect(isMember("removed"))).toEqual([]);
    const users = await server.sdk.get({ path: "/channels/presence-ws-b/users" });
    expect(await users.json()).toEqual({ users: [{ id: "watcher" }, { id: "agent-1" }] });

    tab2.send({ event: "pusher:unsubscribe", data: { channel: "presence-ws-b" } });
    const removed = await watcher.next(isMember("removed"));
    expect(removed.data).toEqual({ user_id: "agent-1" });
  });

  it("refuses presence auth that does not sign the exact channel_data", async () => {
    const client = await RawClient.connect(server.port);
    clients.push(client);
    const signed = signChannel(
      testApp,
      client.socketId,
      "presence-ws-c",
      JSON.stringify({ user_id: "omar" }),
    );
    const forged = { auth: signed.auth, channel_data: JSON.stringify({ user_id: "admin" }) };
    const reply = await client.subscribe("presence-ws-c", forged);
    expect(reply).toMatchObject({ event: "pusher:error", data: { code: 4009 } });
    const info = await server.sdk.get({ path: "/channels/presence-ws-c" });
    expect(await info.json()).toMatchObject({ occupied: false, subscription_count: 0 });
  });

  it("refuses presence channel_data without a user_id", async () => {
    const client = await RawClient.connect(server.port);
    clients.push(client);
    const channelData = JSON.stringify({ user_info: {} });
    const reply = await client.subscribe(
      "presence-ws-d",
      signChannel(testApp, client.socketId, "presence-ws-d", channelData),
    );
    expect(reply).toMatchObject({ event: "pusher:error", data: { code: 4009 } });
  });
});
