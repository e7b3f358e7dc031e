// /demo in production (issue 8, item 5): a 404 unless HERALD_DEMO=true.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function layoutIn(heraldDemo: string) {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("HERALD_DEMO", heraldDemo);
  vi.stubEnv("AUTH_SECRET", "test-secret-0123456789");
  vi.stubEnv("ENCRYPTION_KEY", Buffer.alloc(32, 7).toString("base64"));
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
