// Cookie-authenticated JSON routes (issue 8, item 8): a signed-in agent's browser sends the session cookie with
// any site's request, so a write must come from Herald's own pages (Origin) as JSON.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import { currentMember } from "@/lib/auth/member";
import { useAsAppDb } from "@/test/app-db";
import { withMember } from "./with-member";

vi.mock("@/lib/auth/member", () => ({ currentMember: vi.fn() }));

const handler = vi.fn(async () => new Response(null, { status: 204 }));
const route = withMember(handler);
const call = (method: string, headers: Record<string, string>) =>
  route(
    new Request("http://localhost:3000/api/presence", {
      method,
      headers: { host: "localhost:3000", ...headers },
      body: method === "GET" ? undefined : JSON.stringify({ tabId: "t1", gone: true }),
    }),
    { params: Promise.resolve({}) },
  );

const previousDb = (globalThis as { __heraldDb?: Connection }).__heraldDb;
beforeAll(() => {
  useAsAppDb({ db: {} } as Connection); // the handler here never queries
  vi.mocked(currentMember).mockResolvedValue({ role: "agent" } as Awaited<ReturnType<typeof currentMember>>);
});
afterAll(() => {
  (globalThis as { __heraldDb?: Connection }).__heraldDb = previousDb;
});

describe("cookie-authenticated routes", () => {
  it("text/plain and foreign-Origin requests to cookie routes get 4xx", async () => {
    const own = "http://localhost:3000";
    const refused: Record<string, string>[] = [
      { "content-type": "text/plain;charset=UTF-8", origin: own }, // a cross-site form or simple fetch
      { "content-type": "application/json", origin: "https://evil.example" },
      { "content-type": "application/json", origin: "null" }, // a sandboxed frame
      { "content-type": "application/json" }, // no Origin at all
    ];
    for (const headers of refused) {
      const response = await call("POST", headers);
      expect(response.status, JSON.stringify(headers)).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect((await call("POST", refused[0])).status).toBe(415);
    expect((await call("POST", refused[1])).status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it("our own pages' JSON writes and any read go through", async () => {
    const own = { "content-type": "application/json", origin: "http://localhost:3000" };
    expect((await call("POST", own)).status).toBe(204);
    expect((await call("DELETE", own)).status).toBe(204);
    expect((await call("GET", {})).status).toBe(204);
    // Behind a proxy the browser's Origin is the public host, which the proxy passes on.
    const proxied = { ...own, origin: "https://chat.example.com", "x-forwarded-host": "chat.example.com" };
    expect((await call("POST", proxied)).status).toBe(204);
  });
});
