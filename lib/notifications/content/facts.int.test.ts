// X5 through the real pipeline: the facts a notification says are read once when its event is recorded, at a
// constant number of queries, stored with the event, and rendered by every delivery without a query of its own.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { setWorkspaceSwitch } from "@/db/queries/notification-settings";
import { notificationEvents, notifications, visitors, visits } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { countingDb } from "@/test/query-counter";
import { workspaceOfSize } from "@/test/workspace-of-size";
import { dispatchDue } from "../delivery/dispatch";
import { conversationCreated, visitStarted } from "../events/domain-events";
import { recordEvent } from "../outbox/record";
import { loadSnapshot } from "../planner/load-snapshot";
import { recordingRegistry } from "../testing/pipeline-fakes";
import { parseFacts } from "./facts";
import { loadNotificationFacts } from "./load-facts";

let conn: Connection;
let workspaceId: string;
let janeId: string;
beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId } = await seedDemoWorkspace(conn.db));
  const [jane] = await conn.db.select().from(visitors).where(eq(visitors.email, "jane@globex.example"));
  janeId = jane.id;
});
afterAll(() => conn.close());

const factsOf = async (eventId: string) => {
  const [row] = await conn.db.select().from(notificationEvents).where(eq(notificationEvents.id, eventId));
  return parseFacts(row?.facts);
};
const longMessage = `Hello!\nWe are comparing plans. ${"Does the Pro plan include priority support and onboarding? ".repeat(4)}`;

describe("notification facts (X5)", () => {
  it("X5: a known visitor's first message is stored with her name, her account and its first words", async () => {
    const r = await postVisitorMessage(conn.db, { workspaceId, visitorId: janeId, body: longMessage });
    const facts = await factsOf(`conversation.created:${r.conversationId}`);
    expect(facts.visitor).toMatchObject({ id: janeId, name: "Jane Cooper", email: "jane@globex.example" });
    expect(facts.account).toEqual({ name: "Globex" });
    expect(facts.words?.startsWith("Hello! We are comparing plans.")).toBe(true);
    expect(facts.words?.endsWith("…")).toBe(true);
    expect(facts.showMessageText).toBe(true);

    const fakes = recordingRegistry();
    await dispatchDue(conn.db, { registry: fakes.registry, now: new Date(Date.now() + 3_600_000) });
    const [row] = await conn.db
      .select()
      .from(notifications)
      .where(eq(notifications.conversationId, r.conversationId));
    expect(row.title).toBe("New chat from Jane Cooper of Globex");
    expect(row.body).toBe(facts.words);
    const published = fakes.published.find((p) => p.event === "notification.created");
    expect(published?.data).toMatchObject({
      notice: { title: "New chat from Jane Cooper of Globex", tag: `conversation:${r.conversationId}` },
      visitor: { id: janeId, label: "Jane Cooper", name: "Jane Cooper" },
    });
  });

  it("X5: the workspace switch keeps the words out of push and email, never out of the app", async () => {
    await setWorkspaceSwitch(conn.db, workspaceId, "showMessageText", false);
    try {
      const r = await postVisitorMessage(conn.db, {
        workspaceId,
        visitorId: janeId,
        body: "Secret pricing question",
      });
      const eventId = r.notifications.eventId;
      const fakes = recordingRegistry(() => ({ status: "delivered" }), []);
      await dispatchDue(conn.db, { registry: fakes.registry, now: new Date(Date.now() + 3_600_000) });
      const facts = await factsOf(eventId);
      expect(facts.showMessageText).toBe(false);
      const rows = await conn.db
        .select()
        .from(notifications)
        .where(eq(notifications.conversationId, r.conversationId));
      expect(rows.map((n) => n.body)).toContain("Secret pricing question");
      const payloads = fakes.published.flatMap((p) =>
        p.event === "notification.created" ? [p.data as { body: string; notice: { body: string } }] : [],
      );
      expect(payloads.map((p) => p.body)).toContain("Secret pricing question");
      for (const p of payloads) expect(p.notice.body).not.toContain("Secret");
    } finally {
      await setWorkspaceSwitch(conn.db, workspaceId, "showMessageText", true);
    }
  });

  it("X5: a Live View Notification's facts carry the page the visitor is on", async () => {
    const [visit] = await conn.db
      .insert(visits)
      .values({
        workspaceId,
        visitorId: janeId,
        currentUrl: "http://localhost/demo/pricing",
        currentTitle: "Pricing",
      })
      .returning();
    const event = visitStarted({ workspaceId, visitorId: janeId, visitId: visit.id }, new Date());
    await conn.db.transaction((tx) => recordEvent(tx, event));
    const facts = await factsOf(event.id);
    expect(facts.page).toEqual({ url: "http://localhost/demo/pricing", title: "Pricing" });
    expect(facts.account).toEqual({ name: "Globex" });
  });

  it("X5: the snapshot and the facts cost the same number of queries for 10, 100 and 1,000 members", async () => {
    const counter = countingDb(conn);
    const counts: number[] = [];
    for (const size of [10, 100, 1000]) {
      const w = await workspaceOfSize(conn.db, size);
      await postVisitorMessage(conn.db, { workspaceId: w.workspaceId, visitorId: w.visitorId, body: "Hi" });
      const event = conversationCreated(w, new Date());
      counter.reset();
      const facts = await loadNotificationFacts(
        counter.db,
        event,
        await loadSnapshot(counter.db, event, new Date()),
      );
      counts.push(counter.count());
      expect(facts.visitor?.email).toBe("v@size.test");
    }
    expect(new Set(counts).size).toBe(1);
  });
});
