import { expect } from "vitest";
import { resolvePreference } from "../preferences";
import type { Snapshot } from "../snapshot";
import type { CaseBook } from "../testing/cases";
import { conversation, events, group, member, presence, snapshot } from "../testing/fixtures";

const team = ["nadia", "omar"];
const created = (over: Partial<Snapshot> = {}, assigneeId: string | null = null) =>
  snapshot({
    members: [member("nadia"), member("omar"), member("zoe")],
    conversation: conversation({ assigneeId, group: group(team) }),
    ...over,
  });
const defaults = { "team.email": true, "me.web_push": false } as const;

export const newConversationCases: CaseBook = {
  plan: [
    {
      name: "IC1: a conversation assigned to a user reaches them under their 'assigned to me' preferences",
      event: events.conversationCreated(),
      snapshot: created({
        members: [member("nadia", { preferences: { "me.email": false } })],
        conversation: conversation({ assigneeId: "nadia" }),
      }),
      expect: [
        { to: "user:nadia", channel: "in_app", reason: "sent", rule: "IC1" },
        { to: "user:nadia", channel: "web_push", reason: "sent", rule: "IC6", delayMs: 10_000 },
        { to: "user:nadia", channel: "mobile_push", reason: "sent", delayMs: 10_000 },
        { to: "user:nadia", channel: "email", reason: "preference_off", rule: "IC2" },
        { to: "user:nadia", channel: "slack_dm", reason: "channel_not_connected" },
      ],
      exactly: true,
    },
    {
      name: "IC1: a conversation assigned to a group reaches each member under 'assigned to my team'",
      event: events.conversationCreated(),
      snapshot: created(),
      expect: [
        { to: "user:nadia", channel: "web_push", reason: "sent" },
        { to: "user:omar", channel: "web_push", reason: "sent" },
        // Herald's default for team conversations: no email, no Slack DM.
        { to: "user:nadia", channel: "email", reason: "preference_off" },
        { to: "user:omar", channel: "slack_dm", reason: "preference_off" },
      ],
    },
    {
      name: "IC1: the assignee of a group conversation gets 'me', the rest of the group 'team'",
      event: events.conversationCreated(),
      snapshot: created({}, "nadia"),
      expect: [
        { to: "user:nadia", channel: "email", reason: "sent", delayMs: 180_000 },
        { to: "user:omar", channel: "email", reason: "preference_off" },
      ],
    },
    {
      name: "IC2: workspace defaults apply, and a user's own choice overrides them",
      event: events.conversationCreated(),
      snapshot: created({
        workspace: { ...snapshot().workspace, preferenceDefaults: defaults },
        members: [member("nadia"), member("omar", { preferences: { "team.email": false } })],
      }),
      expect: [
        { to: "user:nadia", channel: "email", reason: "sent" },
        { to: "user:omar", channel: "email", reason: "preference_off", rule: "IC2" },
      ],
    },
    {
      name: "IC3: an agent outside the assignee and the group is not notified, recorded as not_in_group",
      event: events.conversationCreated(),
      snapshot: created(),
      expect: [{ to: "user:zoe", channel: "in_app", reason: "not_in_group", rule: "IC3" }],
    },
    {
      name: "IC4: an agent active in the app gets the in-app toast only",
      event: events.conversationCreated(),
      snapshot: created({
        members: [member("nadia", { presence: presence.active })],
        conversation: conversation({ assigneeId: "nadia" }),
      }),
      expect: [
        { to: "user:nadia", channel: "in_app", reason: "sent", presentation: { toast: true, sound: true } },
        { to: "user:nadia", channel: "web_push", reason: "active_in_app", rule: "IC4" },
        { to: "user:nadia", channel: "mobile_push", reason: "active_in_app" },
        { to: "user:nadia", channel: "email", reason: "active_in_app" },
        { to: "user:nadia", channel: "slack_dm", reason: "channel_not_connected" },
      ],
      exactly: true,
    },
    {
      name: "IC1: an agent-initiated conversation (Start chat) notifies nobody",
      event: events.conversationCreated(),
      snapshot: created({
        conversation: conversation({ initiator: "agent", assigneeId: "nadia", group: group(team) }),
      }),
      expect: [],
      exactly: true,
    },
  ],
  checks: [
    {
      name: "IC2: resolvePreference: user choice, else workspace default, else Herald's default",
      check: () => {
        expect(resolvePreference({}, {}, "me", "email")).toBe(true);
        expect(resolvePreference({}, {}, "team", "email")).toBe(false);
        expect(resolvePreference({ "team.email": true }, {}, "team", "email")).toBe(true);
        expect(resolvePreference({ "team.email": true }, { "team.email": false }, "team", "email")).toBe(
          false,
        );
        expect(resolvePreference({ "me.slack_dm": false }, { "me.slack_dm": true }, "me", "slack_dm")).toBe(
          true,
        );
        expect(resolvePreference({ "me.slack_dm": false }, { "team.slack_dm": true }, "me", "slack_dm")).toBe(
          false,
        );
      },
    },
  ],
};
