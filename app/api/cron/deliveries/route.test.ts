// Production without CRON_SECRET: the cron route must not be open to anyone who finds it.
import { beforeAll, expect, it } from "vitest";
import { GET } from "./route";

beforeAll(() => {
  // Read once, by the first env() of this test process.
  Object.assign(process.env, {
    NODE_ENV: "production",
    APP_URL: "https://chat.example.com",
    AUTH_SECRET: "cron-route-test-secret-0123456789",
    ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"),
    CRON_SECRET: "",
  });
});

it("the cron route without a secret gets 401 in production", async () => {
  const response = await GET(new Request("https://chat.example.com/api/cron/deliveries"));
  expect(response.status).toBe(401);
  expect((await response.json()).error.message).toMatch(/CRON_SECRET/);
});
