// SK1–SK5: where a new conversation goes in Slack. SK6–SK11 (the conversation thread, replies from Slack,
// shortcuts, lead qualification, channel membership, channel ids) belong to the Slack channel adapter.
import { isKnownVisitor, ownersOfAccount } from "../account-owners";
import {
  membersOf,
  type PlanContext,
  type Rule,
  send,
  suppress,
  toSlackChannel,
  toUser,
  unavailability,
} from "../context";
import type { Decision, RuleId } from "../decision";
import { focusOf } from "../focus-ladder";
import type { MemberFacts } from "../snapshot";

export function groupSlackChannelInUse(ctx: PlanContext): boolean {
  const slack = ctx.snapshot.integrations.slack;
  const group = ctx.snapshot.conversation?.group;
  return Boolean(slack && !slack.globalChannelId && group?.slackChannelId && group.memberIds.length > 0);
}

export const slackRoutingRule: Rule<"conversation.created"> = (ctx) => {
  const slack = ctx.snapshot.integrations.slack;
  const c = ctx.snapshot.conversation;
  if (!slack || !c || c.initiator === "agent") return [];
  if (slack.globalChannelId) {
    // SK5: one post in the global channel; the DMs SK1–SK4 would send are recorded as replaced by it.
    const post = send(ctx, "SK5", toSlackChannel(slack.globalChannelId), "slack_channel");
    const owners = targetAccountOwners(ctx).map((m) =>
      suppress(ctx, "SK5", toUser(m.userId), "slack_dm", "global_channel"),
    );
    return [post, ...owners];
  }
  return [...groupChannelRouting(ctx), ...targetAccountOwners(ctx).flatMap((m) => ownerNotice(ctx, m))];
};

function groupChannelRouting(ctx: PlanContext): Decision[] {
  const c = ctx.snapshot.conversation;
  const channelId = c?.group?.slackChannelId;
  if (!c?.group || !channelId || !groupSlackChannelInUse(ctx)) return [];
  const members = membersOf(ctx, c.group.memberIds);
  const available = members.filter((m) => unavailability(m) === null);
  // SK3, SK2 (decided: off_schedule counts like dnd). An unmapped member cannot be DMed: the channel it is.
  const single = members.length === 1 ? members[0] : undefined;
  const lastOneIn = members.length > 1 && available.length === 1 ? available[0] : undefined;
  const dmRule: RuleId = single ? "SK3" : "SK2";
  const dmTo = single ?? lastOneIn;
  if (dmTo?.slackUserId) return [slackDm(ctx, dmRule, dmTo)];
  const fallback = dmTo ? [suppress(ctx, dmRule, toUser(dmTo.userId), "slack_dm", "not_mapped")] : [];
  // SK1, decided: only available mapped members are @mentioned, so the post does not ping anyone in DND.
  const slackMentions = available.flatMap((m) => (m.slackUserId ? [m.slackUserId] : []));
  return [
    ...fallback,
    send(ctx, "SK1", toSlackChannel(channelId), "slack_channel", { presentation: { slackMentions } }),
  ];
}

// SK4: a known target account starting a conversation. Owners are told even outside the group (SK4 is the
// exception to IC3), in-app as well (X4), with IC4 keeping the DM from someone already in the app.
function targetAccountOwners(ctx: PlanContext): MemberFacts[] {
  const visitor = ctx.snapshot.visitor;
  if (!ctx.snapshot.account?.target || !visitor || !isKnownVisitor(visitor)) return [];
  return ownersOfAccount(ctx);
}

function ownerNotice(ctx: PlanContext, owner: MemberFacts): Decision[] {
  const to = toUser(owner.userId);
  const conversationId = ctx.snapshot.conversation?.id ?? "";
  if (focusOf(owner, conversationId) === "viewing")
    return [suppress(ctx, "SK4", to, "in_app", "viewing_conversation")];
  const interrupt = focusOf(owner, conversationId) === "active" && unavailability(owner) === null;
  const inApp = send(ctx, "SK4", to, "in_app", {
    presentation: { notificationCenter: true, toast: interrupt, sound: interrupt },
  });
  return [inApp, slackDm(ctx, "SK4", owner)];
}

// A routed Slack DM (SK2–SK4): not subject to the member's preferences, but to mapping, availability and IC4.
function slackDm(ctx: PlanContext, rule: RuleId, m: MemberFacts): Decision {
  const to = toUser(m.userId);
  if (!m.slackUserId) return suppress(ctx, rule, to, "slack_dm", "not_mapped");
  const unavailable = unavailability(m);
  if (unavailable) return suppress(ctx, rule, to, "slack_dm", unavailable);
  if (focusOf(m, ctx.snapshot.conversation?.id ?? null) !== "away") {
    return suppress(ctx, "IC4", to, "slack_dm", "active_in_app");
  }
  return send(ctx, rule, to, "slack_dm");
}
