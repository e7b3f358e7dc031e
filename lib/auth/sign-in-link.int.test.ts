// The emailed sign-in link is built from APP_URL, whatever Host / X-Forwarded-Host the request carried: a
// forged header must not send the victim a genuine email whose link points at the attacker.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";

const forged = new Headers({
  host: "evil.example",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
});
vi.mock("next/headers", () => ({
  headers: async () => forged,
  cookies: async () => ({ set: () => {}, get: () => undefined, getAll: () => [] }),
}));
const sent = vi.hoisted(() => [] as { to: string; url: string }[]);
vi.mock("./magic-link", () => ({
  sendMagicLink: async (to: string, url: string) => {
    sent.push({ to, url });
  },
}));

let conn: Connection;
beforeAll(async () => {
  process.env.APP_URL = "https://chat.example.com"; // read once, by the first env() of this test process
  conn = await createTestDb();
  useAsAppDb(conn);
  await seedDemoWorkspace(conn.db);
});
afterAll(() => conn.close());

it("a forged X-Forwarded-Host yields a link on APP_URL", async () => {
  const { signIn } = await import("./index");
  await signIn("resend", { email: "ada@acme.test", redirect: false, redirectTo: "/inbox" });
  expect(sent).toHaveLength(1);
  const link = new URL(sent[0]?.url ?? "");
  expect(link.origin).toBe("https://chat.example.com");
  expect(link.pathname).toBe("/api/auth/callback/resend");
  expect(sent[0]?.url).not.toContain("evil.example");
});

it("the emailed link signs in and returns to APP_URL, whichever host Next saw", async () => {
  const { handlers } = await import("./index");
  const { NextRequest } = await import("next/server");
  const link = new URL(sent.at(-1)?.url ?? "");
  const seenByNext = new URL(link.pathname + link.search, "http://localhost:3000");
  const response = await handlers.GET(new NextRequest(seenByNext));
  expect(response.headers.get("location")).toBe("https://chat.example.com/inbox");
  expect(response.headers.getSetCookie().join(";")).toContain("session-token=");
});

it("refuses Auth.js's own email sign-in endpoint: links are asked for through the throttled action only", async () => {
  const { POST } = await import("@/app/api/auth/[...nextauth]/route");
  const { NextRequest } = await import("next/server");
  const before = sent.length;
  const response = await POST(
    new NextRequest("https://chat.example.com/api/auth/signin/resend", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "ada@acme.test" }),
    }),
  );
  expect(response.status).toBe(404);
  expect(sent).toHaveLength(before);
});
