// Issue 9 "Per-workspace caps": one client rotating IPs cannot flood a workspace with visitors or with
// conversations that each notify a whole group: 429 with Retry-After once the workspace's minute is used up.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findWorkspaceByPublicKey } from "@/db/queries/workspaces";
import { conversations, visitors } from "@/db/schema";
import { DEMO_PUBLIC_KEY } from "@/db/seed";
import { widgetLimits } from "@/lib/widget/rate-limit";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { POST as sendMessage } from "./messages/route";
import { POST as session } from "./session/route";

let conn: Connection;
let workspaceId: string;
beforeAll(async () => {
  conn = await createTestDb();
  useAsAppDb(conn);
  await seedDemoWorkspace(conn.db);
  workspaceId = (await findWorkspaceByPublicKey(conn.db, DEMO_PUBLIC_KEY))?.id ?? "";
});
afterAll(() => conn.close());

let ip = 0;
const post = (body: unknown, token?: string) =>
  new Request("http://localhost/api/widget/x", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": `10.9.0.${++ip}`, // a client rotating addresses: the per-IP limits never trip
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
const drain = (limiter: { take(key: string): { ok: boolean } }) => {
  while (limiter.take(workspaceId).ok) {}
};
const rows = async (table: typeof visitors | typeof conversations) =>
  (await conn.db.select({ n: count() }).from(table).where(eq(table.workspaceId, workspaceId)))[0].n;

describe("Per-workspace caps", () => {
  it("new conversations per minute are capped per workspace: 429 with Retry-After", async () => {
    const { token } = await (await session(post({ key: DEMO_PUBLIC_KEY }))).json();
    drain(widgetLimits.newConversationPerWorkspace);
    const before = await rows(conversations);
    const refused = await sendMessage(post({ key: DEMO_PUBLIC_KEY, body: "Hello" }, token));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await rows(conversations)).toBe(before);
  });

  it("new visitors per minute are capped per workspace: 429 with Retry-After", async () => {
    drain(widgetLimits.newVisitorPerWorkspace);
    const before = await rows(visitors);
    const refused = await session(post({ key: DEMO_PUBLIC_KEY }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await rows(visitors)).toBe(before);
  });
});
