import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

// A secret is always passed when parsing should succeed: without one, development generates it into .data/.
const secret = {
  NODE_ENV: "development",
  AUTH_SECRET: "test-secret-0123456789",
  ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
} as const;

function errorOf(source: NodeJS.ProcessEnv): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error("parseEnv accepted an invalid configuration");
}

describe("parseEnv", () => {
  it("accepts a complete production configuration", () => {
    const env = parseEnv({
      ...secret,
      NODE_ENV: "production",
      APP_URL: "https://chat.example.com",
      DATABASE_URL: "postgres://herald:pw@db.example:5432/herald",
      PUSHER_APP_ID: "1",
      PUSHER_KEY: "key",
      PUSHER_SECRET: "s",
      PUSHER_PORT: "6001",
      TWILIO_ACCOUNT_SID: "AC123",
      TWILIO_AUTH_TOKEN: "t",
      TWILIO_FROM: "+15555550100",
    });
    expect(env).toMatchObject({ AUTH_SECRET: secret.AUTH_SECRET, PUSHER_PORT: 6001, NODE_ENV: "production" });
  });

  it("treats empty variables as unset", () => {
    const env = parseEnv({ ...secret, DATABASE_URL: "", PUSHER_APP_ID: " " });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PUSHER_APP_ID).toBeUndefined();
  });

  it("requires APP_URL in production, the one origin of every emailed link", () => {
    expect(errorOf({ ...secret, NODE_ENV: "production" })).toMatch(/APP_URL is required in production/);
    expect(errorOf({ ...secret, APP_URL: "javascript:alert(1)" })).toMatch(
      /APP_URL must be an http\(s\):\/\/ URL/,
    );
    expect(parseEnv(secret).APP_URL).toBe("http://localhost:3000");
  });

  it("on Vercel refuses PGlite and the local realtime server, saying what to set", () => {
    const message = errorOf({ ...secret, VERCEL: "1" });
    expect(message).toMatch(/DATABASE_URL is required on Vercel.*Neon or Vercel Postgres/);
    expect(message).toMatch(
      /PUSHER_APP_ID is required on Vercel.*PUSHER_KEY, PUSHER_SECRET and PUSHER_CLUSTER/,
    );
  });

  it("runs no delivery worker on Vercel unless told to (Vercel Cron calls the route)", () => {
    const vercel = {
      ...secret,
      VERCEL: "1",
      DATABASE_URL: "postgres://u:p@db.example/herald",
      PUSHER_APP_ID: "1",
      PUSHER_KEY: "k",
      PUSHER_SECRET: "s",
    };
    expect(parseEnv(vercel).DELIVERY_WORKER).toBe("false");
    expect(parseEnv({ ...vercel, DELIVERY_WORKER: "true" }).DELIVERY_WORKER).toBe("true");
    expect(parseEnv(secret).DELIVERY_WORKER).toBe("true");
  });

  it("reads TRUST_PROXY_HOPS as a whole number, 0 when unset", () => {
    expect(parseEnv(secret).TRUST_PROXY_HOPS).toBe(0);
    expect(parseEnv({ ...secret, TRUST_PROXY_HOPS: "2" }).TRUST_PROXY_HOPS).toBe(2);
    expect(errorOf({ ...secret, TRUST_PROXY_HOPS: "yes" })).toMatch(
      /TRUST_PROXY_HOPS must be a whole number/,
    );
  });

  it("requires AUTH_SECRET in production, naming it", () => {
    expect(errorOf({ NODE_ENV: "production" })).toMatch(/AUTH_SECRET is required in production/);
    expect(errorOf({ NODE_ENV: "production", AUTH_SECRET: "" })).toMatch(/AUTH_SECRET/);
  });

  it("requires a 32-byte ENCRYPTION_KEY in production, naming it", () => {
    const { ENCRYPTION_KEY: _, ...withoutKey } = secret;
    expect(errorOf({ ...withoutKey, NODE_ENV: "production" })).toMatch(
      /ENCRYPTION_KEY is required in production/,
    );
    expect(errorOf({ ...secret, ENCRYPTION_KEY: "c2hvcnQ=" })).toMatch(/ENCRYPTION_KEY must be 32 bytes/);
  });

  it("names the missing variables of half a Pusher configuration", () => {
    const message = errorOf({ ...secret, PUSHER_APP_ID: "1", PUSHER_KEY: "key" });
    expect(message).toMatch(/PUSHER_SECRET is required when PUSHER_APP_ID, PUSHER_KEY is set \(Pusher\)/);
    expect(message).not.toMatch(/PUSHER_(APP_ID|KEY) is required/);
  });

  it("names the missing variables of half a Twilio configuration", () => {
    const message = errorOf({ ...secret, TWILIO_ACCOUNT_SID: "AC123" });
    expect(message).toMatch(/TWILIO_AUTH_TOKEN is required when TWILIO_ACCOUNT_SID is set \(Twilio\)/);
    expect(message).toMatch(/TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID is required/);
    expect(message).not.toMatch(/TWILIO_ACCOUNT_SID is required/);
  });

  it("accepts a Messaging Service or an alphanumeric sender instead of a number, and checks TWILIO_API_URL", () => {
    const twilio = { ...secret, TWILIO_ACCOUNT_SID: "AC123", TWILIO_AUTH_TOKEN: "t" };
    expect(parseEnv({ ...twilio, TWILIO_MESSAGING_SERVICE_SID: "MG123" }).TWILIO_MESSAGING_SERVICE_SID).toBe(
      "MG123",
    );
    expect(parseEnv({ ...twilio, TWILIO_FROM: "Herald" }).TWILIO_FROM).toBe("Herald");
    expect(errorOf({ ...twilio, TWILIO_FROM: "555-0100" })).toMatch(/TWILIO_FROM must be an E.164 number/);
    expect(errorOf({ ...twilio, TWILIO_FROM: "+15555550100", TWILIO_API_URL: "not a url" })).toMatch(
      /TWILIO_API_URL must be an http\(s\):\/\/ URL/,
    );
  });

  it("names the missing VAPID variables of half a web push configuration", () => {
    const message = errorOf({ ...secret, VAPID_PUBLIC_KEY: "BPub", VAPID_PRIVATE_KEY: "priv" });
    expect(message).toMatch(/VAPID_SUBJECT is required when VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY is set/);
    expect(errorOf({ ...secret, VAPID_SUBJECT: "ops@example.com" })).toMatch(
      /VAPID_SUBJECT must be a mailto: or https:\/\/ URL/,
    );
  });

  it.each([
    ["not a URL", "not a url"],
    ["a host without a scheme (a URL whose scheme is 'db.example')", "db.example:5432/herald"],
    ["another database's URL", "mysql://herald@db.example/herald"],
  ])("refuses a DATABASE_URL that is %s", (_label, url) => {
    expect(errorOf({ ...secret, DATABASE_URL: url })).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
  });

  it("accepts both postgres:// and postgresql:// URLs", () => {
    for (const url of [
      "postgres://h@db.example/herald",
      "postgresql://h:pw@db.example:5432/herald?sslmode=require",
    ]) {
      expect(parseEnv({ ...secret, DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });

  it("lists every problem at once", () => {
    const message = errorOf({ NODE_ENV: "production", DATABASE_URL: "nope", SLACK_CLIENT_ID: "x" });
    expect(message).toMatch(/AUTH_SECRET/);
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/SLACK_CLIENT_SECRET/);
  });
});
