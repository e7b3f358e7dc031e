// LV1–LV8: a known visitor starting a visit tells the owner(s) of their account.

import type { EventOf } from "../../events/event";
import { isKnownVisitor, ownersOfAccount, unmappedOwnersOfAccount } from "../account-owners";
import {
  type PlanContext,
  type Rule,
  send,
  suppress,
  toCrmUser,
  toSlackChannel,
  toUser,
  unavailability,
} from "../context";
import type { Decision } from "../decision";
import { focusOf } from "../focus-ladder";
import { liveViewOnceKey } from "../once-keys";
import { slackDmBlock } from "../slack-dm";
import type { MemberFacts } from "../snapshot";

type LiveViewContext = PlanContext<EventOf<"visit.started">>;

export const liveViewRule: Rule<"visit.started"> = (ctx) => {
  const visitor = ctx.snapshot.visitor;
  if (!visitor || !isKnownVisitor(visitor)) return []; // LV1: anonymous visitors are nobody's Live View alert
  const decisions = ownersOfAccount(ctx).flatMap((owner) => ownerDecisions(ctx, owner));
  // LV2: an owner who is not mapped to a chat user is told nothing; the log says so (X1).
  for (const mappingId of unmappedOwnersOfAccount(ctx)) {
    decisions.push(suppress(ctx, "LV2", toCrmUser(mappingId), "in_app", "not_mapped"));
  }
  // SK5: with a global channel, one post there stands for the owners' DMs (when anyone is told at all).
  const globalChannelId = ctx.snapshot.integrations.slack?.globalChannelId;
  if (globalChannelId && decisions.some((d) => d.outcome === "send")) {
    decisions.push(send(ctx, "SK5", toSlackChannel(globalChannelId), "slack_channel"));
  }
  return decisions;
};

function ownerDecisions(ctx: LiveViewContext, owner: MemberFacts): Decision[] {
  const to = toUser(owner.userId);
  const onceKey = liveViewOnceKey(ctx.event.visitId);
  // Whole-recipient suppressions are recorded once, on in_app.
  if (!ctx.snapshot.workspace.liveViewNotifications)
    return [suppress(ctx, "LV3", to, "in_app", "workspace_toggle_off")];
  if (ctx.snapshot.alreadyNotified.has(onceKey))
    return [suppress(ctx, "LV7", to, "in_app", "already_notified")];
  if (!owner.liveViewNotifications) return [suppress(ctx, "LV4", to, "in_app", "user_toggle_off")];
  const unavailable = unavailability(owner);
  if (unavailable) return [suppress(ctx, "LV5", to, "in_app", unavailable)];

  const focus = focusOf(owner, null);
  const visitorId = ctx.event.visitorId;
  const decisions = [
    // LV6 toast + highlight; LV8 the one-click "Start chat"; X4 the notification center.
    send(ctx, "LV6", to, "in_app", {
      onceKey,
      presentation: {
        notificationCenter: true,
        toast: focus === "active",
        highlightVisitor: visitorId,
        actions: [{ kind: "start_chat", visitorId }],
      },
    }),
  ];
  if (focus === "background") decisions.push(send(ctx, "LV6", to, "browser", { onceKey }));
  if (focus === "away") decisions.push(send(ctx, "LV6", to, "web_push", { onceKey }));
  decisions.push(liveViewSlackDm(ctx, owner, focus === "away", onceKey));
  return decisions;
}

function liveViewSlackDm(
  ctx: LiveViewContext,
  owner: MemberFacts,
  appClosed: boolean,
  onceKey: string,
): Decision {
  const to = toUser(owner.userId);
  const block = slackDmBlock(ctx, owner);
  if (block) return suppress(ctx, block.rule ?? "LV6", to, "slack_dm", block.reason);
  // IC4 holds here too: an owner in the app has the toast or the browser notification already.
  if (!appClosed) return suppress(ctx, "IC4", to, "slack_dm", "active_in_app");
  return send(ctx, "LV6", to, "slack_dm", { onceKey });
}
