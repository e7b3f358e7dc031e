// /demo in production (issue 8, item 5): a 404 unless HERALD_DEMO=true.
import { afterEach, describe, expect, it, vi } from "vitest";
import { productionEnv } from "@/test/production-env";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function layoutIn(heraldDemo: string) {
  for (const [name, value] of Object.entries(productionEnv)) vi.stubEnv(name, value);
  vi.stubEnv("HERALD_DEMO", heraldDemo);
  vi.resetModules(); // env() is read once per module instance
  return (await import("./layout")).default;
}

describe("/demo", () => {
  it("is a 404 in production without HERALD_DEMO", async () => {
    const DemoLayout = await layoutIn("");
    await expect(DemoLayout({ children: null })).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });
});
