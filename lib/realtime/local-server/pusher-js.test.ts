// End to end with the real SDKs: pusher-js (Node build) subscribes, the `pusher` SDK triggers.
import Pusher, { type Channel, type PresenceChannel } from "pusher-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localPusherClientOptions } from "../config";
import { signChannel } from "./auth";
import { startTestServer, type TestServer, testApp } from "./testing";

let server: TestServer;
const clients: Pusher[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await server.close();
});

function connect(options: { secret?: string; user?: { user_id: string; user_info?: unknown } } = {}): Pusher {
  const app = { key: testApp.key, secret: options.secret ?? testApp.secret };
  const client = new Pusher(testApp.key, {
    ...localPusherClientOptions({ port: server.port }),
    channelAuthorization: {
      // Stands in for /api/realtime/auth: signs with the app secret (or a wrong one, to test refusal).
      customHandler: ({ socketId, channelName }, callback) => {
        const channelData = channelName.startsWith("presence-") ? JSON.stringify(options.user) : undefined;
        callback(null, signChannel(app, socketId, channelName, channelData));
      },
    },
  });
  clients.push(client);
  return client;
}

function once<T>(channel: Channel, event: string, timeoutMs = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${event}`)), timeoutMs);
    channel.bind(event, (data: T) => {
      clearTimeout(timer);
      resolve(data);
    });
  });
}

describe("pusher-js against the local server", () => {
  it("connects, subscribes to a private channel and receives an event triggered with the pusher SDK", async () => {
    const client = connect();
    const channel = client.subscribe("private-conversation-42");
    await once(channel, "pusher:subscription_succeeded");
    expect(client.connection.state).toBe("connected");
    expect(client.connection.socket_id).toMatch(/^\d+\.\d+$/);

    const received = once<{ text: string; id: number }>(channel, "message.created");
    await server.sdk.trigger("private-conversation-42", "message.created", { text: "Bonjour", id: 7 });
    expect(await received).toEqual({ text: "Bonjour", id: 7 });
  });

  it("refuses a private subscription signed with the wrong secret (pusher:error 4009 on the channel)", async () => {
    const client = connect({ secret: "not-the-secret" });
    const channel = client.subscribe("private-user-1");
    const error = await once<{ code: number; message: string }>(channel, "pusher:error");
    expect(error.code).toBe(4009);
    expect(channel.subscribed).toBe(false);

    // And no event reaches it afterwards.
    let leaked = false;
    channel.bind("secret.event", () => {
      leaked = true;
    });
    await server.sdk.trigger("private-user-1", "secret.event", { x: 1 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(leaked).toBe(false);
  });

  it("tracks presence members across clients", async () => {
    const nadia = connect({ user: { user_id: "nadia", user_info: { name: "Nadia" } } });
    const channel = nadia.subscribe("presence-workspace-1") as PresenceChannel;
    await once(channel, "pusher:subscription_succeeded");
    expect(channel.members.count).toBe(1);
    expect(channel.members.me).toMatchObject({ id: "nadia", info: { name: "Nadia" } });

    const added = once<{ id: string; info: unknown }>(channel, "pusher:member_added");
    const omar = connect({ user: { user_id: "omar", user_info: { name: "Omar" } } });
    const omarChannel = omar.subscribe("presence-workspace-1") as PresenceChannel;
    await once(omarChannel, "pusher:subscription_succeeded");
    expect(await added).toEqual({ id: "omar", info: { name: "Omar" } });
    expect(omarChannel.members.count).toBe(2);

    const removed = once<{ id: string }>(channel, "pusher:member_removed");
    omar.disconnect();
    expect((await removed).id).toBe("omar");
    expect(channel.members.count).toBe(1);
  });
});
