// Issue 9 "Input": what a fuzzer found on the widget API. Text that PostgreSQL cannot store is a 400 naming the
// field (not a 500), page URLs are http(s) only, and a visitor has one open conversation at most.
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import { conversations, visitors } from "@/db/schema";
import { DEMO_PUBLIC_KEY } from "@/db/seed";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { POST as identify } from "./identify/route";
import { POST as sendMessage } from "./messages/route";
import { POST as pageview } from "./pageview/route";
import { POST as session } from "./session/route";

let conn: Connection;
let workspaceId: string;
let token: string;
beforeAll(async () => {
  conn = await createTestDb();
  useAsAppDb(conn);
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
  token = (await (await session(post({ key: DEMO_PUBLIC_KEY }))).json()).token;
});
afterAll(() => conn.close());

const post = (body: unknown) =>
  new Request("http://localhost/api/widget/x", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
const key = DEMO_PUBLIC_KEY;

async function expectFieldRefused(response: Response, field: string) {
  expect(response.status).toBe(400);
  const { error } = await response.json();
  expect(Object.keys(error.fields ?? {})).toContain(field);
}

describe("Input", () => {
  it("NUL bytes and lone surrogates are refused with a 400 naming the field on every widget text field", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const bad of ["a\u0000b", "lone \uD800 high", "lone \uDC00 low"]) {
      await expectFieldRefused(await sendMessage(post({ key, body: bad })), "body");
      await expectFieldRefused(await identify(post({ key, name: bad })), "name");
      await expectFieldRefused(await identify(post({ key, phone: `+33 ${bad}` })), "phone");
      const page = { key, url: "https://shop.example/pricing" };
      await expectFieldRefused(await pageview(post({ ...page, title: bad })), "title");
      await expectFieldRefused(
        await pageview(post({ ...page, referrer: `https://x.example/${bad}` })),
        "referrer",
      );
      await expectFieldRefused(await pageview(post({ ...page, url: `https://shop.example/${bad}` })), "url");
    }
    spy.mockRestore();
  });

  it("page URLs are http(s) only: javascript: and data: are refused with a 400", async () => {
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "ftp://x.example/",
    ]) {
      await expectFieldRefused(await pageview(post({ key, url })), "url");
    }
    expect((await pageview(post({ key, url: "http://shop.example/" }))).status).toBeLessThan(300);
  });

  it("one open conversation per visitor is enforced by a partial unique index", async () => {
    const [v] = await conn.db.insert(visitors).values({ workspaceId }).returning();
    const first = await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "Hi" });
    await expect(
      conn.db.insert(conversations).values({ workspaceId, visitorId: v.id, initiator: "visitor" }),
    ).rejects.toThrow();
    // Two first messages at once (two tabs): both land in one conversation.
    const [w] = await conn.db.insert(visitors).values({ workspaceId }).returning();
    const both = await Promise.all(
      ["One", "Two"].map((body) => postVisitorMessage(conn.db, { workspaceId, visitorId: w.id, body })),
    );
    expect(new Set(both.map((r) => r.conversationId)).size).toBe(1);
    const open = await conn.db
      .select({ n: count() })
      .from(conversations)
      .where(and(eq(conversations.visitorId, v.id), eq(conversations.status, "open")));
    expect(open[0].n).toBe(1);
    expect(first.created).toBe(true);
  });
});
