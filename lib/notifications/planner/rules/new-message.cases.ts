import type { MemberFacts, Snapshot } from "../snapshot";
import type { CaseBook } from "../testing/cases";
import { conversation, events, group, member, presence, snapshot } from "../testing/fixtures";

const assignedTo = (nadia: Partial<MemberFacts>, over: Partial<Snapshot> = {}) =>
  snapshot({
    members: [member("nadia", nadia), member("omar"), member("zoe")],
    conversation: conversation({ assigneeId: "nadia", group: group(["nadia", "omar"]) }),
    ...over,
  });

export const newMessageCases: CaseBook = {
  plan: [
    {
      name: "IC5: viewing the conversation → nothing",
      event: events.visitorMessage(),
      snapshot: assignedTo({ presence: presence.viewing("c1") }),
      expect: [{ to: "user:nadia", channel: "in_app", reason: "viewing_conversation", rule: "IC5" }],
      exactly: true,
    },
    {
      name: "IC5: active elsewhere in the app → in-app toast with sound, no external channel (IC4)",
      event: events.visitorMessage(),
      snapshot: assignedTo({ presence: presence.viewing("c2") }),
      expect: [
        { to: "user:nadia", channel: "in_app", reason: "sent", presentation: { toast: true, sound: true } },
        { to: "user:nadia", channel: "web_push", reason: "active_in_app", rule: "IC4" },
        { to: "user:nadia", channel: "email", reason: "active_in_app", rule: "IC4" },
      ],
      absent: ["user:nadia/browser"],
    },
    {
      name: "IC5: app in the background → browser notification with sound and title flash",
      event: events.visitorMessage(),
      snapshot: assignedTo({ presence: presence.background }),
      expect: [
        {
          to: "user:nadia",
          channel: "browser",
          reason: "sent",
          presentation: { sound: true, titleFlash: true },
        },
        {
          to: "user:nadia",
          channel: "in_app",
          reason: "sent",
          presentation: { toast: false, notificationCenter: true },
        },
        { to: "user:nadia", channel: "mobile_push", reason: "active_in_app" },
      ],
    },
    {
      name: "IC5: away → the external channels of the 'me' preferences",
      event: events.visitorMessage(),
      snapshot: assignedTo({ preferences: { "me.mobile_push": false } }),
      expect: [
        { to: "user:nadia", channel: "web_push", reason: "sent" },
        { to: "user:nadia", channel: "mobile_push", reason: "preference_off" },
        { to: "user:nadia", channel: "email", reason: "sent" },
      ],
      absent: ["user:nadia/browser", "user:omar", "user:zoe"],
    },
    {
      name: "IC5: an unassigned conversation's messages go to its group under 'team' preferences",
      event: events.visitorMessage(),
      snapshot: assignedTo({}, { conversation: conversation({ group: group(["nadia", "omar"]) }) }),
      expect: [
        { to: "user:nadia", channel: "email", reason: "preference_off" },
        { to: "user:omar", channel: "web_push", reason: "sent" },
      ],
      absent: ["user:zoe"],
    },
    {
      name: "IC6: push waits 10 s and email 3 min; a Slack DM does not wait",
      event: events.visitorMessage(),
      snapshot: assignedTo(
        {},
        { integrations: { slack: { globalChannelId: null }, accountBasedRouting: true } },
      ),
      expect: [
        { to: "user:nadia", channel: "web_push", reason: "sent", rule: "IC6", delayMs: 10_000 },
        { to: "user:nadia", channel: "mobile_push", reason: "sent", rule: "IC6", delayMs: 10_000 },
        { to: "user:nadia", channel: "email", reason: "sent", rule: "IC6", delayMs: 180_000 },
        { to: "user:nadia", channel: "slack_dm", reason: "sent", rule: "IC5", delayMs: 0 },
      ],
    },
    {
      name: "IC5: an agent's own reply to the visitor notifies no agent",
      event: { ...events.visitorMessage(), author: { kind: "agent", userId: "omar" } },
      snapshot: assignedTo({}),
      expect: [],
      exactly: true,
    },
    {
      name: "IC8: an @mention in an internal note notifies that agent at once, even if the conversation is not theirs",
      event: events.internalNote("nadia", ["zoe", "nadia"]),
      snapshot: assignedTo({}),
      expect: [
        { to: "user:zoe", channel: "in_app", reason: "sent", rule: "IC8" },
        { to: "user:zoe", channel: "web_push", reason: "sent", rule: "IC8", delayMs: 0 },
        { to: "user:zoe", channel: "email", reason: "sent", rule: "IC8", delayMs: 0 },
      ],
      absent: ["user:nadia", "user:omar"],
    },
    {
      name: "IC8: a mentioned agent in DND gets the notification-center entry only",
      event: events.internalNote("nadia", ["zoe"]),
      snapshot: assignedTo({}, { members: [member("nadia"), member("zoe", { availability: "dnd" })] }),
      expect: [
        {
          to: "user:zoe",
          channel: "in_app",
          reason: "sent",
          presentation: { notificationCenter: true, toast: false },
        },
        { to: "user:zoe", channel: "web_push", reason: "dnd" },
      ],
    },
  ],
};
