import type { AccountFacts, MemberFacts, Snapshot } from "../snapshot";
import type { CaseBook } from "../testing/cases";
import { events, member, presence, snapshot, visitor } from "../testing/fixtures";

const nadia = member("nadia");
const omar = member("omar");
const account: AccountFacts = {
  id: "acme",
  target: false,
  owners: [
    { crmUserId: "crm-nadia", userId: "nadia" },
    { crmUserId: "crm-omar", userId: "omar" },
    { crmUserId: "crm-ghost", mappingId: "map-ghost", userId: null },
  ],
};
const lv = (over: Partial<Snapshot> = {}, owners: MemberFacts[] = [nadia]) =>
  snapshot({
    members: [...owners, member("zoe")],
    visitor: visitor(),
    account: { ...account, owners: account.owners.filter((o) => owners.some((m) => m.userId === o.userId)) },
    ...over,
  });
const onlyNadia = (m: Partial<MemberFacts>) => lv({ members: [member("nadia", m)] });

export const liveViewCases: CaseBook = {
  plan: [
    {
      name: "LV1: a known visitor starting a visit notifies the account owner",
      event: events.visitStarted(),
      snapshot: lv(),
      expect: [{ to: "user:nadia", channel: "in_app", reason: "sent", rule: "LV6" }],
    },
    {
      name: "LV1: an anonymous visitor (no email, no phone) notifies nobody",
      event: events.visitStarted(),
      snapshot: lv({ visitor: visitor({ email: null, phone: null }) }),
      expect: [],
      exactly: true,
    },
    {
      name: "LV2: every mapped owner is notified; the unmapped CRM owner and other agents are not",
      event: events.visitStarted(),
      snapshot: lv({ account }, [nadia, omar]),
      expect: [
        { to: "user:nadia", channel: "in_app", reason: "sent" },
        { to: "user:omar", channel: "in_app", reason: "sent" },
      ],
      absent: ["user:zoe"],
    },
    {
      name: "LV2: an owner not mapped to a chat user is told nothing, recorded as not_mapped",
      event: events.visitStarted(),
      snapshot: lv({ account }, [nadia, omar]),
      expect: [{ to: "crm_user:map-ghost", channel: "in_app", reason: "not_mapped", rule: "LV2" }],
    },
    {
      name: "LV2: without Account-Based Routing there is no owner to notify",
      event: events.visitStarted(),
      snapshot: lv({ integrations: { slack: null, accountBasedRouting: false } }),
      expect: [],
      exactly: true,
    },
    {
      name: "LV3: the workspace toggle OFF suppresses every owner's notification",
      event: events.visitStarted(),
      snapshot: lv({ workspace: { ...snapshot().workspace, liveViewNotifications: false } }),
      expect: [{ to: "user:nadia", channel: "in_app", reason: "workspace_toggle_off", rule: "LV3" }],
      exactly: true,
    },
    {
      name: "LV4: the owner's own Live View toggle OFF suppresses it",
      event: events.visitStarted(),
      snapshot: onlyNadia({ liveViewNotifications: false }),
      expect: [{ to: "user:nadia", channel: "in_app", reason: "user_toggle_off", rule: "LV4" }],
      exactly: true,
    },
    {
      name: "LV5: DND suppresses the owner's Live View notification",
      event: events.visitStarted(),
      snapshot: onlyNadia({ availability: "dnd" }),
      expect: [{ to: "user:nadia", channel: "in_app", reason: "dnd", rule: "LV5" }],
      exactly: true,
    },
    {
      name: "LV5: outside the personal schedule suppresses it",
      event: events.visitStarted(),
      snapshot: onlyNadia({ availability: "off_schedule" }),
      expect: [{ to: "user:nadia", channel: "in_app", reason: "off_schedule", rule: "LV5" }],
      exactly: true,
    },
    {
      name: "LV6: an owner active in the app gets the toast with the visitor highlighted, no Slack DM (IC4)",
      event: events.visitStarted(),
      snapshot: lv({ members: [member("nadia", { presence: presence.active })], integrations: slackOn() }),
      expect: [
        {
          to: "user:nadia",
          channel: "in_app",
          reason: "sent",
          presentation: { toast: true, highlightVisitor: "v1" },
        },
        { to: "user:nadia", channel: "slack_dm", reason: "active_in_app", rule: "IC4" },
      ],
      exactly: true,
    },
    {
      name: "LV6: an owner with the app in the background gets a browser notification",
      event: events.visitStarted(),
      snapshot: onlyNadia({ presence: presence.background }),
      expect: [
        { to: "user:nadia", channel: "in_app", reason: "sent", presentation: { toast: false } },
        { to: "user:nadia", channel: "browser", reason: "sent" },
        { to: "user:nadia", channel: "slack_dm", reason: "channel_not_connected" },
      ],
      exactly: true,
    },
    {
      name: "LV6: an owner with the app closed gets Web Push and a Slack DM when Slack is connected and mapped",
      event: events.visitStarted(),
      snapshot: lv({ integrations: slackOn() }),
      expect: [
        { to: "user:nadia", channel: "web_push", reason: "sent", delayMs: 0 },
        { to: "user:nadia", channel: "slack_dm", reason: "sent", rule: "LV6" },
      ],
    },
    {
      name: "LV6: no Slack DM to an owner without a Slack mapping",
      event: events.visitStarted(),
      snapshot: lv({ members: [member("nadia", { slackUserId: null })], integrations: slackOn() }),
      expect: [{ to: "user:nadia", channel: "slack_dm", reason: "not_mapped" }],
    },
    {
      name: "LV7: a second visit.started for the same visit repeats nothing",
      event: events.visitStarted(),
      snapshot: lv({ alreadyNotified: new Set(["live_view:visit1"]) }),
      expect: [{ to: "user:nadia", channel: "in_app", reason: "already_notified", rule: "LV7" }],
      exactly: true,
    },
    {
      name: "LV8: the in-app notification carries the one-click Start chat action for that visitor",
      event: events.visitStarted(),
      snapshot: lv(),
      expect: [
        {
          to: "user:nadia",
          channel: "in_app",
          reason: "sent",
          presentation: { actions: [{ kind: "start_chat", visitorId: "v1" }], notificationCenter: true },
        },
      ],
    },
    {
      name: "SK5: with a global channel, the Live View goes there instead of the owner's DM",
      event: events.visitStarted(),
      snapshot: lv({ integrations: slackOn("CGLOBAL") }),
      expect: [
        { to: "user:nadia", channel: "slack_dm", reason: "global_channel", rule: "SK5" },
        { to: "slack_channel:CGLOBAL", channel: "slack_channel", reason: "sent", rule: "SK5" },
      ],
    },
  ],
};

function slackOn(globalChannelId: string | null = null): Snapshot["integrations"] {
  return { slack: { globalChannelId }, accountBasedRouting: true };
}
