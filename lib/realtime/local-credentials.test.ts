// Issue 8: the local realtime server once ran with the constant key/secret herald-local-key/-secret, so
// anyone reaching its port could sign their own channel auth. Its credentials are now derived from
// AUTH_SECRET, and production refuses to start on the constant or without saying REALTIME=local.
import { afterAll, describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { FORMER_CONSTANT_CREDENTIALS, localRealtimeAddress, localRealtimeCredentials } from "./config";
import { signChannel } from "./local-server/auth";
import { startLocalRealtimeServer } from "./local-server/server";
import { RawClient } from "./local-server/testing";

const production = {
  NODE_ENV: "production",
  AUTH_SECRET: "prod-secret-0123456789",
  ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  APP_URL: "https://chat.example.com",
} as const;
const refusal = (source: NodeJS.ProcessEnv) => {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  return "accepted";
};

const server = await startLocalRealtimeServer(
  localRealtimeAddress({ AUTH_SECRET: "one install", PUSHER_PORT: 0 }),
);
afterAll(() => server.close());

describe("local realtime credentials", () => {
  it("a channel auth signed with the old constant secret is refused and production refuses a constant secret", async () => {
    const { key, secret } = localRealtimeCredentials("one install");
    expect(key).not.toBe(FORMER_CONSTANT_CREDENTIALS.key);
    expect(secret).not.toBe(FORMER_CONSTANT_CREDENTIALS.secret);

    const client = await RawClient.connect(server.port, key);
    const forged = signChannel(FORMER_CONSTANT_CREDENTIALS, client.socketId, "private-conversation-1");
    const answer = await client.subscribe("private-conversation-1", forged);
    expect(answer).toMatchObject({ event: "pusher:error", data: { code: 4009 } });
    const genuine = signChannel({ key, secret }, client.socketId, "private-conversation-2");
    expect((await client.subscribe("private-conversation-2", genuine)).event).toBe(
      "pusher_internal:subscription_succeeded",
    );
    await client.close();

    const constantKey = await RawClient.connect(server.port, FORMER_CONSTANT_CREDENTIALS.key);
    expect(constantKey.received[0]).toMatchObject({ event: "pusher:error", data: { code: 4001 } });
    await constantKey.close();

    const withConstant = {
      PUSHER_APP_ID: "1",
      PUSHER_KEY: "herald-local-key",
      PUSHER_SECRET: "herald-local-secret",
    };
    expect(refusal({ ...production, ...withConstant })).toMatch(/PUSHER_SECRET is a publicly known constant/);
  });

  it("differ per install, in development too", () => {
    expect(localRealtimeCredentials("a")).not.toEqual(localRealtimeCredentials("b"));
    expect(localRealtimeCredentials("a")).toEqual(localRealtimeCredentials("a"));
  });

  it("production without PUSHER_* refuses to start unless REALTIME=local is set", () => {
    expect(refusal(production)).toMatch(/PUSHER_APP_ID is required in production .* or set REALTIME=local/);
    expect(refusal({ ...production, REALTIME: "local" })).toBe("accepted");
    expect(refusal({ ...production, REALTIME: "yes" })).toMatch(/REALTIME must be local/);
    const pusher = { PUSHER_APP_ID: "1", PUSHER_KEY: "k", PUSHER_SECRET: "s" };
    expect(refusal({ ...production, ...pusher })).toBe("accepted");
    expect(refusal({ ...production, ...pusher, REALTIME: "local" })).toMatch(
      /REALTIME is local, but PUSHER_\* is set/,
    );
  });
});
