// Issue 9 "Bodies read whole before the size check": the size is enforced while reading, on the widget routes
// and on /api/realtime/auth, so a huge body is refused with 413 after a few chunks, never buffered whole.
import { describe, expect, it, vi } from "vitest";
import { POST as realtimeAuth } from "@/app/api/realtime/auth/route";
import { POST as session } from "@/app/api/widget/session/route";

vi.mock("@/lib/auth/member", () => ({ currentMember: vi.fn() }));

const CHUNK = 64 * 1024;
const TOTAL = 50 * 1024 * 1024;

// A 50 MB body produced lazily, counting what the server pulled; `declared`: send a Content-Length or not.
function hugeRequest(url: string, contentType: string, declared: boolean) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= TOTAL) return controller.close();
      pulled += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK).fill(0x61));
    },
  });
  const headers: Record<string, string> = { "content-type": contentType, host: "localhost:3000" };
  if (declared) headers["content-length"] = String(TOTAL);
  const request = new Request(url, { method: "POST", headers, body, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("Bodies read whole before the size check", () => {
  for (const declared of [true, false]) {
    it(`an oversized body gets 413 without being read whole (${declared ? "with" : "without"} Content-Length)`, async () => {
      const routes = [
        { call: session, url: "http://localhost:3000/api/widget/session", type: "application/json" },
        {
          call: realtimeAuth,
          url: "http://localhost:3000/api/realtime/auth",
          type: "application/x-www-form-urlencoded",
        },
      ];
      for (const { call, url, type } of routes) {
        const { request, pulled } = hugeRequest(url, type, declared);
        const response = await call(request);
        expect(response.status).toBe(413);
        expect(pulled()).toBeLessThan(1024 * 1024);
      }
    });
  }
});
