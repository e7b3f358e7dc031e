// The widget routes as a browser calls them: bad input is a 4xx naming the reason, and nothing is stored.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { createWorkspace, findWorkspaceByPublicKey } from "@/db/queries/workspaces";
import { messages, visitors, visits } from "@/db/schema";
import { DEMO_PUBLIC_KEY } from "@/db/seed";
import { signVisitorToken } from "@/lib/widget/visitor-token";
import { rotateWidgetSecret } from "@/lib/widget/widget-secret";
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
    const forged = signVisitorToken(
      { id: "00000000-0000-4000-8000-000000000000", widgetSecret: "x" },
      "x",
      Date.now(),
      "not-our-secret",
    );
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
      issuedAt: Math.floor(Date.now() / 1000),
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
    expect(response.headers.get("access-control-allow-headers")).toBe("content-type, authorization");
  });

  it("leave takes sendBeacon's text/plain body", async () => {
    const response = await leave(
      post(JSON.stringify({ key: DEMO_PUBLIC_KEY, token }), "text/plain;charset=UTF-8"),
    );
    expect(response.status).toBe(204);
  });

  it("visitor tokens travel in a header, not a query string: conversation takes the key from the query only", async () => {
    const url = `http://localhost/api/widget/conversation?key=${DEMO_PUBLIC_KEY}`;
    const bearer = { authorization: `Bearer ${token}` };
    const response = await conversation(new Request(url, { headers: bearer }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ conversation: null, messages: [] });
    // The token in the URL, where logs and referrers keep it, is not taken.
    const inQuery = await conversation(new Request(`${url}&token=${encodeURIComponent(token)}`));
    expect((await expectError(inQuery, 401, "UNAUTHORIZED")).message).toMatch(/Authorization/);
    await expectError(
      await conversation(new Request("http://localhost/api/widget/conversation", { headers: bearer })),
      400,
      "BAD_REQUEST",
    );
  });

  it("POST calls take the token from the Authorization header", async () => {
    const response = await sendMessage(
      new Request("http://localhost/api/widget/messages", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ key: DEMO_PUBLIC_KEY, body: "Hello from a header" }),
      }),
    );
    expect(response.status).toBe(201);
  });
});

describe("visitor tokens", () => {
  it("expire: a token issued more than 7 days ago is a 401, and the session call issues a fresh one", async () => {
    const workspace = await findWorkspaceByPublicKey(conn.db, DEMO_PUBLIC_KEY);
    if (!workspace) throw new Error("demo workspace missing");
    const visitorId = token.split(".")[0];
    const eightDaysAgo = Date.now() - 8 * 24 * 60 * 60 * 1000;
    const stale = signVisitorToken(workspace, visitorId, eightDaysAgo);
    await expectError(await session(post({ key: DEMO_PUBLIC_KEY, token: stale })), 401, "UNAUTHORIZED");
    const sixDaysAgo = Date.now() - 6 * 24 * 60 * 60 * 1000;
    const renewed = await session(
      post({ key: DEMO_PUBLIC_KEY, token: signVisitorToken(workspace, visitorId, sixDaysAgo) }),
    );
    const answer = await renewed.json();
    expect(answer.visitorId).toBe(visitorId);
    const issued = Number.parseInt(answer.token.split(".")[1], 36);
    expect(issued).toBeGreaterThan(Math.floor(sixDaysAgo / 1000)); // sliding: renewed while the visitor is active
  });

  it("are all revoked by rotating the workspace's widget secret", async () => {
    const workspace = await findWorkspaceByPublicKey(conn.db, DEMO_PUBLIC_KEY);
    if (!workspace) throw new Error("demo workspace missing");
    const fresh = (await (await session(post({ key: DEMO_PUBLIC_KEY }))).json()).token;
    const heartbeatWith = (t: string) =>
      heartbeat(post({ key: DEMO_PUBLIC_KEY, token: t, hidden: false, idle: false }));
    expect((await heartbeatWith(fresh)).status).toBe(204);
    await rotateWidgetSecret(conn.db, workspace.id);
    for (const t of [fresh, token]) await expectError(await heartbeatWith(t), 401, "UNAUTHORIZED");
    const next = (await (await session(post({ key: DEMO_PUBLIC_KEY }))).json()).token;
    expect((await heartbeatWith(next)).status).toBe(204);
    token = next; // for any later test
  });
});
