// Production without CRON_SECRET: the cron route must not be open to anyone who finds it.
import { beforeAll, expect, it } from "vitest";
import { useProductionEnv } from "@/test/production-env";
import { GET } from "./route";

beforeAll(() => useProductionEnv({ CRON_SECRET: "" }));

it("the cron route without a secret gets 401 in production", async () => {
  const response = await GET(new Request("https://chat.example.com/api/cron/deliveries"));
  expect(response.status).toBe(401);
  expect((await response.json()).error.message).toMatch(/CRON_SECRET/);
});
