import { describe, expect, it } from "vitest";
import { type EmailMessage, renderEmail } from ".";

const url = "https://chat.example.com/inbox/c1";

describe("notification emails", () => {
  it("digest several visitor messages into one email, escaped, linking back to the conversation", async () => {
    const email = await renderEmail({
      template: "new_messages",
      props: {
        visitorName: "Ada",
        url,
        messages: [
          { body: "Hello?", sentAt: new Date("2026-01-01T10:00:00Z") },
          { body: "<script>alert(1)</script> & more", sentAt: new Date("2026-01-01T10:01:00Z") },
        ],
      },
    });
    expect(email.subject).toBe("2 new messages from Ada");
    expect(email.html).toContain("Hello?");
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(`href="${url}"`);
    expect(email.text).toContain("Hello?");
    expect(email.text).toContain("<script>alert(1)</script> & more"); // plain text needs no escaping
    expect(email.text).toContain(url);
  });

  it.each<[EmailMessage, string]>([
    [
      { template: "new_conversation", props: { visitorName: "Ada", firstMessage: "Hi", url } },
      "New conversation from Ada",
    ],
    [
      {
        template: "mention",
        props: { authorName: "Grace", visitorName: "Jane Cooper", note: "@you look", url },
      },
      "Grace mentioned you on Jane Cooper’s chat",
    ],
    [
      {
        template: "assistance",
        props: { requesterName: "Grace", visitorName: "Jane Cooper of Globex", url },
      },
      "Grace needs assistance with Jane Cooper of Globex",
    ],
    [
      {
        template: "sla",
        props: {
          kind: "warning",
          target: "first_response",
          dueAt: new Date(0),
          visitorName: "Jane Cooper",
          url,
        },
      },
      "SLA at risk: first response for Jane Cooper due soon",
    ],
    [
      {
        template: "sla",
        props: {
          kind: "breached",
          target: "resolution",
          dueAt: new Date(0),
          visitorName: "Jane Cooper",
          url,
        },
      },
      "SLA breached: resolution for Jane Cooper missed",
    ],
    [{ template: "test", props: { url } }, "Herald test notification"],
    [
      { template: "generic", props: { title: "Chat request cancelled", body: "Gone", url } },
      "Chat request cancelled",
    ],
  ])("renders %#: subject, HTML and text with the link", async (message, subject) => {
    const email = await renderEmail(message);
    expect(email.subject).toBe(subject);
    expect(email.html).toMatch(/^<!DOCTYPE html/);
    expect(email.html).toContain(url);
    expect(email.text).toContain(url);
    expect(email.text).not.toContain("<");
  });
});
