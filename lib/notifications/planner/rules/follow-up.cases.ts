import type { ConversationFacts, Snapshot } from "../snapshot";
import type { CaseBook } from "../testing/cases";
import { conversation, events, snapshot, visitor } from "../testing/fixtures";

const unread = [{ messageId: "m1", marketing: false }];
const offline = (c: Partial<ConversationFacts> = {}, over: Partial<Snapshot> = {}) =>
  snapshot({
    conversation: conversation({ assigneeId: "nadia", unreadByVisitor: unread, ...c }),
    visitor: visitor({ phone: "+15550100", hasMobilePushToken: true }),
    ...over,
  });
const noToken = visitor({ phone: "+15550100", hasMobilePushToken: false });

export const followUpCases: CaseBook = {
  plan: [
    {
      name: "FU1: a visitor going offline with an unread agent message is followed up",
      event: events.wentOffline(),
      snapshot: offline(),
      expect: [{ to: "visitor:v1", channel: "mobile_push", reason: "sent", rule: "FU3" }],
    },
    {
      name: "FU1: nothing unread by the visitor → no follow-up",
      event: events.wentOffline(),
      snapshot: offline({ unreadByVisitor: [] }),
      expect: [],
      exactly: true,
    },
    {
      name: "FU1: one follow-up per unread message, however often the visitor goes offline",
      event: events.wentOffline(),
      snapshot: offline({}, { alreadyNotified: new Set(["follow_up:c1:m1"]) }),
      expect: [{ to: "visitor:v1", channel: "sms", reason: "already_notified", rule: "FU1" }],
    },
    {
      name: "FU2: an agent-initiated conversation the visitor never replied to is not followed up",
      event: events.wentOffline(),
      snapshot: offline({ initiator: "agent", visitorEverReplied: false }),
      expect: [
        { to: "visitor:v1", channel: "mobile_push", reason: "agent_initiated_no_reply", rule: "FU2" },
        { to: "visitor:v1", channel: "sms", reason: "agent_initiated_no_reply" },
        { to: "visitor:v1", channel: "email", reason: "agent_initiated_no_reply" },
      ],
      exactly: true,
    },
    {
      name: "FU2: marketing messages are not followed up",
      event: events.wentOffline(),
      snapshot: offline({ unreadByVisitor: [{ messageId: "m1", marketing: true }] }),
      expect: [{ to: "visitor:v1", channel: "email", reason: "marketing", rule: "FU2" }],
    },
    {
      name: "FU3: with a push token, push first; SMS and email wait 30 s for the receipt",
      event: events.wentOffline(),
      snapshot: offline(),
      expect: [
        { to: "visitor:v1", channel: "mobile_push", reason: "sent", delayMs: 0 },
        { to: "visitor:v1", channel: "sms", reason: "sent", rule: "FU4", delayMs: 30_000 },
        { to: "visitor:v1", channel: "email", reason: "sent", rule: "FU4", delayMs: 30_000 },
      ],
      exactly: true,
    },
    {
      name: "FU4: without a push token, SMS and email at once",
      event: events.wentOffline(),
      snapshot: offline({}, { visitor: noToken }),
      expect: [
        { to: "visitor:v1", channel: "mobile_push", reason: "no_contact", rule: "FU3" },
        { to: "visitor:v1", channel: "sms", reason: "sent", delayMs: 0 },
        { to: "visitor:v1", channel: "email", reason: "sent", delayMs: 0 },
      ],
    },
    {
      name: "FU4: each only if enabled in Follow-up settings and the visitor has that contact",
      event: events.wentOffline(),
      snapshot: offline(
        {},
        {
          visitor: visitor({ phone: null }),
          workspace: { ...snapshot().workspace, followUps: { sms: true, email: false } },
        },
      ),
      expect: [
        { to: "visitor:v1", channel: "sms", reason: "no_contact", rule: "FU4" },
        { to: "visitor:v1", channel: "email", reason: "workspace_toggle_off", rule: "FU4" },
      ],
    },
    {
      name: "FU4: a phone the visitor gave in the widget (unverified) is texted",
      event: events.wentOffline(),
      snapshot: offline({}, { visitor: visitor({ phone: null, contactPhone: "+15550100" }) }),
      expect: [{ to: "visitor:v1", channel: "sms", reason: "sent", rule: "FU4" }],
    },
    {
      name: "FU9: a number that texted STOP is never texted again (no_contact)",
      event: events.wentOffline(),
      snapshot: offline({}, { visitor: visitor({ phone: "+15550100", textOptedOut: true }) }),
      expect: [
        { to: "visitor:v1", channel: "sms", reason: "no_contact", rule: "FU9" },
        { to: "visitor:v1", channel: "email", reason: "sent", rule: "FU4" },
      ],
    },
  ],
};
