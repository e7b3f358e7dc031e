import type { MemberFacts, Snapshot } from "../snapshot";
import type { CaseBook } from "../testing/cases";
import { conversation, events, group, member, presence, snapshot, visitor } from "../testing/fixtures";

const slack = (globalChannelId: string | null = null): Snapshot["integrations"] => ({
  slack: { globalChannelId },
  accountBasedRouting: true,
});
const inGroupChannel = (members: MemberFacts[], over: Partial<Snapshot> = {}) =>
  snapshot({
    members: [...members, member("zoe")],
    integrations: slack(),
    conversation: conversation({
      group: group(
        members.map((m) => m.userId),
        { slackChannelId: "CSALES" },
      ),
    }),
    ...over,
  });
const targetAccount = {
  id: "acme",
  target: true,
  owners: [{ crmUserId: "crm-zoe", userId: "zoe" }],
};

export const slackRoutingCases: CaseBook = {
  plan: [
    {
      name: "SK1: a group with a Slack channel gets one post that @mentions its available mapped members",
      event: events.conversationCreated(),
      snapshot: inGroupChannel([
        member("nadia"),
        member("omar", { slackUserId: null }),
        member("ines", { availability: "dnd" }),
      ]),
      expect: [
        {
          to: "slack_channel:CSALES",
          channel: "slack_channel",
          reason: "sent",
          rule: "SK1",
          presentation: { slackMentions: ["U-nadia"] },
        },
        { to: "user:nadia", channel: "in_app", reason: "sent" },
      ],
    },
    {
      name: "SK1: members' own Slack DMs give way to the group channel",
      event: events.conversationCreated(),
      snapshot: inGroupChannel([member("nadia", { preferences: { "team.slack_dm": true } }), member("omar")]),
      expect: [{ to: "slack_channel:CSALES", channel: "slack_channel", reason: "sent" }],
      absent: ["user:nadia/slack_dm", "user:omar/slack_dm"],
    },
    {
      name: "SK2: when all members but one are in DND, the available one gets a DM instead of the post",
      event: events.conversationCreated(),
      snapshot: inGroupChannel([
        member("nadia"),
        member("omar", { availability: "dnd" }),
        member("ines", { availability: "dnd" }),
      ]),
      expect: [
        { to: "user:nadia", channel: "slack_dm", reason: "sent", rule: "SK2" },
        { to: "user:omar", channel: "in_app", reason: "sent", presentation: { toast: false } },
        { to: "user:omar", channel: "web_push", reason: "dnd" },
      ],
      absent: ["slack_channel:CSALES"],
    },
    {
      name: "SK2: the last available member without a Slack mapping: the channel post after all",
      event: events.conversationCreated(),
      snapshot: inGroupChannel([
        member("nadia", { slackUserId: null }),
        member("omar", { availability: "dnd" }),
      ]),
      expect: [
        { to: "user:nadia", channel: "slack_dm", reason: "not_mapped", rule: "SK2" },
        { to: "slack_channel:CSALES", channel: "slack_channel", reason: "sent", rule: "SK1" },
      ],
    },
    {
      name: "SK3: a single-member group gets a DM instead of the channel",
      event: events.conversationCreated(),
      snapshot: inGroupChannel([member("nadia")]),
      expect: [{ to: "user:nadia", channel: "slack_dm", reason: "sent", rule: "SK3" }],
      absent: ["slack_channel:CSALES"],
    },
    {
      name: "SK3: the single member active in the app gets no DM (IC4)",
      event: events.conversationCreated(),
      snapshot: inGroupChannel([member("nadia", { presence: presence.active })]),
      expect: [{ to: "user:nadia", channel: "slack_dm", reason: "active_in_app", rule: "IC4" }],
      absent: ["slack_channel:CSALES"],
    },
    {
      name: "SK4: a known target account starting a conversation DMs the account owner, even outside the group",
      event: events.conversationCreated(),
      snapshot: inGroupChannel([member("nadia")], { visitor: visitor(), account: targetAccount }),
      expect: [
        { to: "user:zoe", channel: "slack_dm", reason: "sent", rule: "SK4" },
        { to: "user:zoe", channel: "in_app", reason: "sent", rule: "SK4" },
      ],
    },
    {
      name: "SK4: an account that is not a target account does not DM its owner",
      event: events.conversationCreated(),
      snapshot: inGroupChannel([member("nadia")], {
        visitor: visitor(),
        account: { ...targetAccount, target: false },
      }),
      expect: [{ to: "user:zoe", channel: "in_app", reason: "not_in_group" }],
    },
    {
      name: "SK5: global channel ON: one post there; group channel, group DMs and owner DMs do not apply",
      event: events.conversationCreated(),
      snapshot: inGroupChannel(
        [member("nadia", { preferences: { "team.slack_dm": true } }), member("omar")],
        {
          integrations: slack("CGLOBAL"),
          visitor: visitor(),
          account: targetAccount,
        },
      ),
      expect: [
        { to: "slack_channel:CGLOBAL", channel: "slack_channel", reason: "sent", rule: "SK5" },
        { to: "user:nadia", channel: "slack_dm", reason: "global_channel", rule: "SK5" },
        { to: "user:zoe", channel: "slack_dm", reason: "global_channel", rule: "SK5" },
      ],
      absent: ["slack_channel:CSALES"],
    },
  ],
};
