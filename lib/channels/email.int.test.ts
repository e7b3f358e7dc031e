import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import { conversations, messages, visitors } from "@/db/schema";
import { type NotificationFacts, noFacts } from "@/lib/notifications/content/facts";
import type { HeraldEvent } from "@/lib/notifications/events/event";
import { createTestDb } from "@/test/db";
import { type FakeResend, startFakeResend } from "@/test/fakes/resend-server";
import { channelRegistry } from "./index";
import { deliveryFor, seedRecipient } from "./testing/delivery-context";

let conn: Connection;
let fake: FakeResend;
beforeAll(async () => {
  [conn, fake] = await Promise.all([createTestDb(), startFakeResend()]);
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterAll(async () => Promise.all([conn.close(), fake.close()]));

const config = (key?: string) => ({
  RESEND_API_KEY: key,
  RESEND_BASE_URL: fake.baseUrl,
  EMAIL_FROM: "Herald <h@example.com>",
});

// A visitor wrote twice after the agent's last reply, and once before it.
async function conversationWithUnread() {
  const recipient = await seedRecipient(conn.db, `grace-${randomUUID()}@example.com`);
  const [visitor] = await conn.db
    .insert(visitors)
    .values({ workspaceId: recipient.workspaceId, name: "Ada" })
    .returning();
  const [c] = await conn.db
    .insert(conversations)
    .values({ workspaceId: recipient.workspaceId, visitorId: visitor.id })
    .returning();
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, s));
  const base = { workspaceId: recipient.workspaceId, conversationId: c.id, channel: "widget" as const };
  await conn.db.insert(messages).values([
    { ...base, authorType: "visitor", body: "Already answered", createdAt: at(0) },
    { ...base, authorType: "agent", authorUserId: recipient.userId, body: "Hi!", createdAt: at(1) },
    { ...base, authorType: "visitor", body: "First <i>unread</i>", createdAt: at(2) },
    { ...base, authorType: "visitor", body: "Second unread", createdAt: at(3) },
  ]);
  const event: HeraldEvent = {
    type: "message.created",
    id: `message.created:${randomUUID()}`,
    workspaceId: recipient.workspaceId,
    occurredAt: at(3),
    conversationId: c.id,
    messageId: randomUUID(),
    author: { kind: "visitor" },
    internal: false,
    mentionedUserIds: [],
  };
  // X5: the visitor's name comes with the event's stored facts, not from a query per delivery.
  const facts: NotificationFacts = { ...noFacts, visitor: { id: visitor.id, name: "Ada", email: null } };
  return { recipient, event, facts };
}

describe("email channel through the registry", () => {
  it("sends one digest of the unread visitor messages to the agent when Resend is configured", async () => {
    const { recipient, event, facts } = await conversationWithUnread();
    const { delivery, context } = deliveryFor(conn.db, recipient, event, { channel: "email" }, facts);
    const result = await channelRegistry({ config: config("re_key") }).email.send(delivery, context);
    expect(result).toMatchObject({ status: "delivered" });
    const body = fake.requests.at(-1)?.body ?? {};
    expect(body.to).toMatch(/^grace-/);
    expect(body.subject).toBe("2 new messages from Ada");
    expect(body.text).toContain("First <i>unread</i>");
    expect(body.text).toContain("Second unread");
    expect(body.text).not.toContain("Already answered");
    expect(body.html).toContain("First &lt;i&gt;unread&lt;/i&gt;");
    expect(body.text).toContain(`/inbox/${event.type === "message.created" ? event.conversationId : ""}`);
  });

  it("captures the rendered subject and text when RESEND_API_KEY is unset", async () => {
    const { recipient, event, facts } = await conversationWithUnread();
    const before = fake.requests.length;
    const { delivery, context } = deliveryFor(conn.db, recipient, event, { channel: "email" }, facts);
    const result = await channelRegistry({ config: config(undefined) }).email.send(delivery, context);
    expect(result.status).toBe("captured");
    expect(result.status === "captured" && result.summary).toMatch(
      /^\[email\] to grace-.*: 2 new messages from Ada\n\n/,
    );
    expect(fake.requests.length).toBe(before);
  });

  it("X5: with message text kept out of email, the digest names the visitor without the words", async () => {
    const { recipient, event, facts } = await conversationWithUnread();
    const hidden = { ...facts, showMessageText: false };
    const { delivery, context } = deliveryFor(conn.db, recipient, event, { channel: "email" }, hidden);
    const result = await channelRegistry({ config: config(undefined) }).email.send(delivery, context);
    const summary = result.status === "captured" ? (result.summary ?? "") : "";
    expect(summary).toMatch(/New message from Ada/);
    expect(summary).not.toContain("unread");
  });
});
