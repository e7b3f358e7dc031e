import { afterAll, beforeAll, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { outboxOf } from "@/lib/notifications/testing/outbox-rows";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { GET } from "./route";

let conn: Connection;
let workspaceId: string;
beforeAll(async () => {
  process.env.CRON_SECRET = "cron-test-secret"; // read once, by the first env() of this test process
  conn = await createTestDb();
  useAsAppDb(conn);
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

const cron = (authorization?: string) =>
  GET(
    new Request("http://localhost/api/cron/deliveries", { headers: authorization ? { authorization } : {} }),
  );

it("refuses a call without the cron secret", async () => {
  expect((await cron()).status).toBe(401);
  expect((await cron("Bearer wrong")).status).toBe(401);
});

it("sends the due deliveries a domain write left behind", async () => {
  const [v] = await conn.db.insert(visitors).values({ workspaceId }).returning();
  const r = await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "Hello" });
  // In-app goes through the real adapter: its realtime publish fails here (no server) and is recorded.
  const response = await cron("Bearer cron-test-secret");
  expect(response.status).toBe(200);
  expect((await response.json()).delivered).toBe(r.notifications.dueDeliveryIds.length);
  const outbox = await outboxOf(conn.db, `conversation.created:${r.conversationId}`);
  const due = outbox.deliveries.filter((d) => r.notifications.dueDeliveryIds.includes(d.id));
  expect(due.every((d) => d.status === "delivered")).toBe(true);
});
