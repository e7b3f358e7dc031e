// Why a Slack DM cannot go to a member, before presence and availability are considered (SK5, mapping).

import type { PlanContext } from "./context";
import type { RuleId, SuppressionReason } from "./decision";
import type { MemberFacts } from "./snapshot";

export interface SlackDmBlock {
  rule: RuleId | null; // null: the rule asking for the DM
  reason: SuppressionReason;
}

export function slackDmBlock(ctx: PlanContext, member: MemberFacts): SlackDmBlock | null {
  const slack = ctx.snapshot.integrations.slack;
  if (!slack) return { rule: null, reason: "channel_not_connected" };
  if (slack.globalChannelId) return { rule: "SK5", reason: "global_channel" };
  if (!member.slackUserId) return { rule: null, reason: "not_mapped" };
  return null;
}
