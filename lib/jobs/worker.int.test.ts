// The pg-boss worker on the test database (PGlite through pg-boss's `db` option, or PostgreSQL): a committed
// but unsent delivery is sent once the worker wakes.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { outboxOf } from "@/lib/notifications/testing/outbox-rows";
import { recordingRegistry } from "@/lib/notifications/testing/pipeline-fakes";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { type DeliveryWorker, startDeliveryWorker } from "./worker";

let conn: Connection;
let workspaceId: string;
let worker: DeliveryWorker | undefined;
beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
});
afterAll(async () => {
  await worker?.stop();
  await conn.close();
});

it("sends what a domain write left pending once woken (a crash before sending loses nothing)", async () => {
  const [v] = await conn.db.insert(visitors).values({ workspaceId }).returning();
  const r = await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "Hello" });
  const fakes = recordingRegistry();
  worker = await startDeliveryWorker(conn, fakes.registry);
  await worker.wakeAt(new Date());
  const inApp = r.notifications.dueDeliveryIds;
  const deadline = Date.now() + 20_000;
  while (fakes.sent.length < inApp.length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const outbox = await outboxOf(conn.db, `conversation.created:${r.conversationId}`);
  const statuses = outbox.deliveries.filter((d) => inApp.includes(d.id)).map((d) => d.status);
  expect(statuses).toEqual(inApp.map(() => "delivered"));
  expect(fakes.sent.sort()).toEqual([...inApp].sort());
});
