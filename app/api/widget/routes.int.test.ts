// The widget routes as a browser calls them: bad input is a 4xx naming the reason, and nothing is stored.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { createWorkspace } from "@/db/queries/workspaces";
import { messages, visitors, visits } from "@/db/schema";
import { DEMO_PUBLIC_KEY } from "@/db/seed";
import { signVisitorToken } from "@/lib/widget/visitor-token";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { GET as conversation } from "./conversation/route";
import { POST as heartbeat } from "./heartbeat/route";
import { POST as identify } from "./identify/route";
import { POST as leave } from "./leave/route";
import { POST as sendMessage } from "./messages/route";
import { POST as read } from "./read/route";
import { OPTIONS as preflight, POST as session } from "./session/route";

let conn: Connection;
let token: string;
let otherToken: string; // genuine, but for another workspace

beforeAll(async () => {
  conn = await createTestDb();
  useAsAppDb(conn);
  await seedDemoWorkspace(conn.db);
  token = (await (await session(post({ key: DEMO_PUBLIC_KEY }))).json()).token;
  const other = await createWorkspace(conn.db, "Other");
  otherToken = (await (await session(post({ key: other.publicKey }))).json()).token;
});
afterAll(() => conn.close());

function post(body: unknown, contentType = "application/json") {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new Request("http://localhost/api/widget/x", {
    method: "POST",
    headers: { "content-type": contentType },
    body: text,
  });
}
const rows = async () => ({
  visitors: (await conn.db.select({ n: count() }).from(visitors))[0].n,
  visits: (await conn.db.select({ n: count() }).from(visits))[0].n,
  messages: (await conn.db.select({ n: count() }).from(messages))[0].n,
});
async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const answer = await response.json();
  expect(answer.error).toMatchObject({ code, message: expect.any(String) });
  return answer.error as { message: string; fields?: Record<string, string> };
}

describe("widget routes refuse bad input with a 4xx and store nothing", () => {
  it("malformed JSON → 400", async () => {
    const before = await rows();
    const error = await expectError(await session(post("{not json")), 400, "BAD_REQUEST");
    expect(error.message).toMatch(/JSON/);
    await expectError(await sendMessage(post("[")), 400, "BAD_REQUEST");
    expect(await rows()).toEqual(before);
  });

  it("a missing or wrong field → 400 naming it", async () => {
    const error = await expectError(
      await heartbeat(post({ key: DEMO_PUBLIC_KEY, token })),
      400,
      "BAD_REQUEST",
    );
    expect(Object.keys(error.fields ?? {})).toEqual(["hidden", "idle"]);
    const bad = await read(post({ key: DEMO_PUBLIC_KEY, token, conversationId: "nope" }));
    expect((await expectError(bad, 400, "BAD_REQUEST")).fields).toHaveProperty("conversationId");
  });

  it("unknown key → 404", async () => {
    const before = await rows();
    await expectError(await session(post({ key: "pk_nobody" })), 404, "NOT_FOUND");
    await expectError(await sendMessage(post({ key: "pk_nobody", token, body: "hi" })), 404, "NOT_FOUND");
    expect(await rows()).toEqual(before);
  });

  it("a forged or another workspace's token → 401", async () => {
    const before = await rows();
    const forged = signVisitorToken("00000000-0000-4000-8000-000000000000", "x", "not-our-secret");
    for (const t of [forged, `${token.split(".")[0]}.AAAA`, otherToken]) {
      await expectError(await session(post({ key: DEMO_PUBLIC_KEY, token: t })), 401, "UNAUTHORIZED");
      const message = await sendMessage(post({ key: DEMO_PUBLIC_KEY, token: t, body: "hi" }));
      await expectError(message, 401, "UNAUTHORIZED");
    }
    expect(await rows()).toEqual(before);
  });

  it("an empty or over-long message → 400 on body", async () => {
    const before = await rows();
    for (const body of ["", "   ", "x".repeat(5_001)]) {
      const error = await expectError(
        await sendMessage(post({ key: DEMO_PUBLIC_KEY, token, body })),
        400,
        "BAD_REQUEST",
      );
      expect(error.fields).toHaveProperty("body");
    }
    expect(await rows()).toEqual(before);
  });

  it("identify with a wrong signature → 401 and the visitor stays anonymous; repeated tries → 429", async () => {
    const claim = {
      key: DEMO_PUBLIC_KEY,
      token,
      email: "jane@globex.example",
      name: "Jane",
      signature: "ab",
    };
    await expectError(await identify(post(claim)), 401, "UNAUTHORIZED");
    const [visitor] = await conn.db
      .select()
      .from(visitors)
      .where(eq(visitors.id, token.split(".")[0]));
    expect(visitor).toMatchObject({ email: null, name: null });
    let response = await identify(post(claim));
    for (let i = 0; i < 20 && response.status === 401; i++) response = await identify(post(claim));
    await expectError(response, 429, "RATE_LIMITED");
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("widget routes for a browser", () => {
  it("answer the CORS preflight", async () => {
    const response = await preflight();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toBe("content-type");
  });

  it("leave takes sendBeacon's text/plain body", async () => {
    const response = await leave(
      post(JSON.stringify({ key: DEMO_PUBLIC_KEY, token }), "text/plain;charset=UTF-8"),
    );
    expect(response.status).toBe(204);
  });

  it("conversation reads key and token from the query string", async () => {
    const url = `http://localhost/api/widget/conversation?key=${DEMO_PUBLIC_KEY}&token=${encodeURIComponent(token)}`;
    const response = await conversation(new Request(url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ conversation: null, messages: [] });
    await expectError(
      await conversation(new Request("http://localhost/api/widget/conversation")),
      400,
      "BAD_REQUEST",
    );
  });
});
