import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { demoEnabled } from "./enabled";

const production = {
  NODE_ENV: "production",
  AUTH_SECRET: "test-secret-0123456789",
  ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
} as const;

describe("/demo switch", () => {
  it("is on in development, off in production unless HERALD_DEMO=true", () => {
    expect(demoEnabled(parseEnv({ ...production, NODE_ENV: "development" }))).toBe(true);
    expect(demoEnabled(parseEnv(production))).toBe(false);
    expect(demoEnabled(parseEnv({ ...production, HERALD_DEMO: "" }))).toBe(false);
    expect(demoEnabled(parseEnv({ ...production, HERALD_DEMO: "true" }))).toBe(true);
  });

  it("refuses a value that is not true or false, naming HERALD_DEMO", () => {
    expect(() => parseEnv({ ...production, HERALD_DEMO: "yes" })).toThrow(EnvError);
    expect(() => parseEnv({ ...production, HERALD_DEMO: "yes" })).toThrow(/HERALD_DEMO/);
  });
});
