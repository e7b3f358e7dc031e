// X5: every event type renders every surface, naming the visitor, their account, the page and the first words;
// the workspace switch keeps the words out of push, email, Slack and SMS but never out of the app.
import { describe, expect, it, vi } from "vitest";
import { renderEmail } from "@/emails";
import type { EventType, HeraldEvent } from "../events/event";
import { eventTypes } from "../events/event";
import { events } from "../planner/testing/fixtures";
import { type NotificationFacts, noFacts } from "./facts";
import { firstWords } from "./first-words";
import { notificationContent } from "./index";

// Links are built from APP_URL (read once, on first use): pinned so the snapshots do not depend on the machine.
vi.stubEnv("APP_URL", "https://chat.example.com");

const words = "Hi, do you ship the Pro plan to Italy before Friday?";
const janeVisitor = {
  id: "15bf0c2e-0000-4000-8000-000000000000",
  name: "Jane Cooper",
  email: "jane@globex.test",
};
const jane: NotificationFacts = {
  visitor: janeVisitor,
  account: { name: "Globex" },
  page: { url: "http://localhost:3000/demo/pricing", title: "Pricing" },
  words,
  people: { nadia: "Nadia Owens", sam: "Sam Supervisor" },
  showMessageText: true,
};

const oneOfEach: Record<EventType, HeraldEvent> = {
  "visit.started": events.visitStarted(),
  "conversation.created": events.conversationCreated(),
  "message.created": events.visitorMessage(),
  "chat_request.cancelled": events.requestCancelled(),
  "assistance.requested": events.assistanceRequested("nadia"),
  "assistance.cleared": events.assistanceCleared("sam"),
  "sla.warning": events.sla("warning"),
  "sla.breached": events.sla("breached"),
  "visitor.went_offline": events.wentOffline(),
  "crm.needs_reconnect": events.crmNeedsReconnect(),
};
const visitorFacing: EventType[] = ["visitor.went_offline"];
// Told to admins about an integration, not about a visitor.
const aboutNoVisitor: EventType[] = ["crm.needs_reconnect"];

describe("notification content (X5)", () => {
  it.each(eventTypes)("X5: %s renders every surface, naming the visitor and the account", async (type) => {
    const content = notificationContent(oneOfEach[type], jane);
    for (const text of [
      content.inApp.title,
      content.push.title,
      content.push.body,
      content.slack.text,
      content.sms,
    ]) {
      expect(text.trim()).not.toBe("");
    }
    expect(content.push.tag).toMatch(/^(conversation|visitor|integration):/);
    expect(content.url).toMatch(/^https:\/\/chat\.example\.com\//);
    expect(content.slack.blocks.length).toBeGreaterThan(0);
    const email = await renderEmail(content.email);
    expect(email.subject.trim()).not.toBe("");
    expect(email.text).toContain(content.url);
    // The visitor is not told their own name; an integration's notice names no visitor.
    if (visitorFacing.includes(type) || aboutNoVisitor.includes(type)) return;
    for (const said of [content.inApp.title, content.push.title, content.slack.text, email.subject]) {
      expect(said).toContain("Jane Cooper");
      expect(said).toContain("Globex");
    }
  });

  it("X5: a Live View Notification names the visitor, the account and the page, and leads to Live Views", () => {
    const content = notificationContent(events.visitStarted(), jane);
    expect(content.inApp.title).toBe("Jane Cooper of Globex is on Pricing");
    expect(content.push.title).toBe("Jane Cooper of Globex is on Pricing");
    expect(content.url).toBe("https://chat.example.com/live?visitor=v1");
  });

  it("X5: a visitor's message shows its first words on every surface", async () => {
    const content = notificationContent(events.visitorMessage(), jane);
    expect(content.inApp).toEqual({ title: "New message from Jane Cooper of Globex", body: words });
    expect(content.push.body).toBe(words);
    expect(content.slack.text).toContain(words);
    expect(content.sms).toContain(words);
    expect((await renderEmail(content.email)).text).toContain(words);
  });

  it("X5: with the workspace switch off, push, email, Slack and SMS say who without the words; in-app keeps them", async () => {
    const hidden = { ...jane, showMessageText: false };
    for (const event of [
      events.visitorMessage(),
      events.conversationCreated(),
      events.internalNote("nadia", ["sam"]),
    ]) {
      const content = notificationContent(event, hidden);
      expect(content.inApp.body).toBe(words);
      expect(content.push.body).not.toContain("Italy");
      expect(content.slack.text).not.toContain("Italy");
      expect(content.sms).not.toContain("Italy");
      const email = await renderEmail(content.email);
      expect(email.text).not.toContain("Italy");
      expect(email.html).not.toContain("Italy");
      expect(content.push.title).toContain("Jane Cooper");
    }
    expect(notificationContent(events.visitorMessage(), hidden).push.title).toBe(
      "New message from Jane Cooper of Globex",
    );
  });

  it("X5: a visitor without a name is named by email, else by a short visitor label", () => {
    const byEmail = { ...jane, account: null, visitor: { ...janeVisitor, name: null } };
    expect(notificationContent(events.visitorMessage(), byEmail).inApp.title).toBe(
      "New message from jane@globex.test",
    );
    const anonymous = { ...byEmail, visitor: { ...janeVisitor, name: null, email: null } };
    expect(notificationContent(events.visitorMessage(), anonymous).inApp.title).toBe(
      "New message from Visitor 15bf",
    );
  });

  it("X5: long and multi-line messages are cut cleanly on every surface", () => {
    const long = firstWords(`First line\n\n${"and then a much longer second line ".repeat(10)}`);
    const content = notificationContent(events.visitorMessage(), { ...jane, words: long });
    expect(content.push.body).not.toContain("\n");
    expect(content.push.body.endsWith("…")).toBe(true);
    expect(content.push.body.length).toBeLessThanOrEqual(141);
  });

  it("X5: an @mention names its author and the visitor's chat", () => {
    const content = notificationContent(events.internalNote("nadia", ["sam"]), jane);
    expect(content.inApp.title).toBe("Nadia Owens mentioned you on Jane Cooper’s chat");
  });

  it("X5: rows planned before facts were stored still render", () => {
    expect(notificationContent(events.visitorMessage(), noFacts).inApp.title).toBe(
      "New message from A visitor",
    );
  });

  it("X5: Slack text is escaped so a visitor cannot ping a channel", () => {
    const content = notificationContent(events.visitorMessage(), {
      ...jane,
      words: "<!channel> hello & bye",
    });
    const section = content.slack.blocks[0];
    expect(section.type === "section" && section.text.text).toContain("&lt;!channel&gt; hello &amp; bye");
  });
});

describe("an integration's notice (issue 13)", () => {
  it("X4: a CRM refusing its credentials says which one and leads to Settings → Integrations", () => {
    const content = notificationContent(events.crmNeedsReconnect(), noFacts);
    expect(content.inApp.title).toBe("HubSpot needs reconnecting");
    expect(content.inApp.body).toMatch(/syncing stopped/);
    expect(content.url).toBe("https://chat.example.com/settings/integrations");
  });
});

describe("notification emails name the visitor (X5)", () => {
  it.each(eventTypes.filter((t) => !visitorFacing.includes(t) && !aboutNoVisitor.includes(t)))(
    "X5: %s email",
    async (type) => {
      const email = await renderEmail(notificationContent(oneOfEach[type], jane).email);
      expect(email.subject).toContain("Jane Cooper");
      expect({ subject: email.subject, text: email.text }).toMatchSnapshot();
    },
  );
});
