import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { productionEnv as production } from "@/test/production-env";
import { demoEnabled } from "./enabled";

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
