// How one agent is told about a conversation (IC4, IC5, IC6, X4): the focus ladder, then the external
// channels of their preferences. Shared by new conversations, messages, mentions, SLA and SK4 owners.
import { presenceFor } from "@/lib/presence/agent-presence";
import { type PlanContext, send, suppress, toUser, unavailability } from "./context";
import type { Decision, RuleId } from "./decision";
import {
  type PreferenceChannel,
  type PreferenceScope,
  preferenceChannels,
  resolvePreference,
} from "./preferences";
import { slackDmBlock } from "./slack-dm";
import type { MemberFacts } from "./snapshot";

export type Focus = "viewing" | "active" | "background" | "away";

// IC6: external channels wait so a burst of messages becomes one notification, and nothing goes out if the
// agent reads them first (the delivery worker re-checks: recheckDelayedDecision). Slack DMs do not wait.
export const externalDelayMs: Record<PreferenceChannel, number> = {
  web_push: 10_000,
  mobile_push: 10_000,
  email: 3 * 60_000,
  slack_dm: 0,
};

// Without a conversation (Live View), viewing any conversation means "active in the app".
export const focusOf = (m: MemberFacts, conversationId: string | null): Focus =>
  presenceFor(m.presence, conversationId ?? "");

export interface AlertOptions {
  rule: RuleId;
  conversationId: string;
  scope: PreferenceScope;
  waitBeforeExternal: boolean; // IC6 applies
  slackDm: "preference" | "routed"; // routed: SK1–SK4 decide this member's Slack DM, not their preference
  onceKey?: string;
}

export function agentAlert(ctx: PlanContext, member: MemberFacts, o: AlertOptions): Decision[] {
  const to = toUser(member.userId);
  const focus = focusOf(member, o.conversationId);
  // Decided: viewing the conversation means nothing at all, not even a notification-center entry: the agent
  // is looking at it, and an unread entry for something already seen is noise.
  if (focus === "viewing") return [suppress(ctx, "IC5", to, "in_app", "viewing_conversation")];
  const unavailable = unavailability(member);
  // DND / off schedule: the entry still lands in the notification center (X4), silently; nothing interrupts.
  const interrupt = focus === "active" && !unavailable;
  const decisions = [
    send(ctx, o.rule, to, "in_app", {
      onceKey: o.onceKey,
      presentation: { notificationCenter: true, toast: interrupt, sound: interrupt },
    }),
  ];
  if (focus === "background") {
    decisions.push(
      unavailable
        ? suppress(ctx, o.rule, to, "browser", unavailable)
        : send(ctx, "IC5", to, "browser", {
            onceKey: o.onceKey,
            presentation: { sound: true, titleFlash: true },
          }),
    );
  }
  for (const channel of preferenceChannels) {
    if (channel === "slack_dm" && o.slackDm === "routed") continue;
    decisions.push(externalDecision(ctx, member, channel, focus, o));
  }
  return decisions;
}

function externalDecision(
  ctx: PlanContext,
  member: MemberFacts,
  channel: PreferenceChannel,
  focus: Focus,
  o: AlertOptions,
): Decision {
  const to = toUser(member.userId);
  const wanted = resolvePreference(
    ctx.snapshot.workspace.preferenceDefaults,
    member.preferences,
    o.scope,
    channel,
  );
  if (!wanted) return suppress(ctx, "IC2", to, channel, "preference_off");
  const block = channel === "slack_dm" ? slackDmBlock(ctx, member) : null;
  if (block) return suppress(ctx, block.rule ?? o.rule, to, channel, block.reason);
  const unavailable = unavailability(member);
  if (unavailable) return suppress(ctx, o.rule, to, channel, unavailable);
  // IC4, and decided for `background` too: an open app is reached by the browser notification instead.
  if (focus !== "away") return suppress(ctx, "IC4", to, channel, "active_in_app");
  const delayMs = o.waitBeforeExternal ? externalDelayMs[channel] : 0;
  return send(ctx, delayMs > 0 ? "IC6" : o.rule, to, channel, { delayMs, onceKey: o.onceKey });
}
