// Which realtime server Herald talks to, and how, for each configuration.
import { describe, expect, it } from "vitest";
import { pusherClientOptions, pusherServerOptions } from "./config";

const pusherChannels = { PUSHER_APP_ID: "1", PUSHER_KEY: "k", PUSHER_SECRET: "s", PUSHER_CLUSTER: "eu" };

describe("realtime config", () => {
  it("uses the local server, without TLS, when PUSHER_* is not set", () => {
    const AUTH_SECRET = "config-test-secret";
    expect(pusherServerOptions({ AUTH_SECRET })).toMatchObject({
      host: "127.0.0.1",
      port: "6001",
      useTLS: false,
    });
    const client = pusherClientOptions({ AUTH_SECRET, PUSHER_PORT: 3555 });
    expect(client.key).toMatch(/^local-[0-9a-f]{20}$/);
    expect(client.options).toMatchObject({
      cluster: "local",
      wsPort: 3555,
      forceTLS: false,
      enabledTransports: ["ws"],
    });
    expect(client.options.channelAuthorization).toEqual({
      endpoint: "/api/realtime/auth",
      transport: "ajax",
    });
  });

  it("uses Pusher Channels by cluster, with TLS, when PUSHER_* is set", () => {
    expect(pusherServerOptions(pusherChannels)).toMatchObject({ cluster: "eu", useTLS: true });
    expect(pusherClientOptions(pusherChannels)).toMatchObject({
      key: "k",
      options: { cluster: "eu", forceTLS: true },
    });
  });

  it("addresses a self-hosted server by host; plain ws only on loopback", () => {
    const local = { ...pusherChannels, PUSHER_HOST: "127.0.0.1", PUSHER_PORT: 3556 };
    expect(pusherServerOptions(local)).toMatchObject({ host: "127.0.0.1", port: "3556", useTLS: false });
    expect(pusherClientOptions(local).options).toMatchObject({
      wsHost: "127.0.0.1",
      wsPort: 3556,
      forceTLS: false,
    });
    const remote = { ...pusherChannels, PUSHER_HOST: "ws.example.com" };
    expect(pusherServerOptions(remote)).toMatchObject({ useTLS: true });
    expect(pusherClientOptions(remote).options).toMatchObject({ forceTLS: true });
  });
});
