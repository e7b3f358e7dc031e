// FU1–FU4: a visitor who left mid-conversation with an unread agent message is followed up: push first, then
// (if no receipt in 30 s, re-checked by the worker) SMS and email together. FU5 (WhatsApp before SMS: the
// planner decides "a text", channel sms, and the delivery layer picks the app), FU6 (template), FU7 (wallet)
// and FU8 (replies) are the delivery layer's.

import type { EventOf } from "../../events/event";
import { type PlanContext, type Rule, send, suppress, toVisitor } from "../context";
import type { Decision, RuleId, SuppressionReason } from "../decision";
import { followUpOnceKey } from "../once-keys";

export const PUSH_RECEIPT_WAIT_MS = 30_000; // FU3
const followUpChannels = ["mobile_push", "sms", "email"] as const;

export const followUpRule: Rule<"visitor.went_offline"> = (ctx) => {
  const c = ctx.snapshot.conversation;
  const visitor = ctx.snapshot.visitor;
  const newestUnread = c?.unreadByVisitor.at(-1);
  // FU1: only an open conversation with an agent message the visitor has not read.
  if (!c || !visitor || c.status !== "open" || !newestUnread) return [];
  const everyChannel = (rule: RuleId, reason: SuppressionReason) =>
    followUpChannels.map((channel) => suppress(ctx, rule, toVisitor(visitor.id), channel, reason));
  if (c.initiator === "agent" && !c.visitorEverReplied)
    return everyChannel("FU2", "agent_initiated_no_reply");
  if (c.unreadByVisitor.every((m) => m.marketing)) return everyChannel("FU2", "marketing");
  const onceKey = followUpOnceKey(c.id, newestUnread.messageId);
  if (ctx.snapshot.alreadyNotified.has(onceKey)) return everyChannel("FU1", "already_notified");
  return followUpDecisions(ctx, onceKey);
};

function followUpDecisions(ctx: PlanContext<EventOf<"visitor.went_offline">>, onceKey: string): Decision[] {
  const visitor = ctx.snapshot.visitor;
  if (!visitor) return [];
  const to = toVisitor(visitor.id);
  const settings = ctx.snapshot.workspace.followUps;
  // FU3: with a push token, text and email wait for the receipt window; the worker drops them on a receipt.
  const push = visitor.hasMobilePushToken
    ? send(ctx, "FU3", to, "mobile_push", { onceKey })
    : suppress(ctx, "FU3", to, "mobile_push", "no_contact");
  const delayMs = visitor.hasMobilePushToken ? PUSH_RECEIPT_WAIT_MS : 0;
  // FU4: each only if enabled in Follow-up settings (a workspace toggle) and the visitor has that contact.
  // FU9: a number that texted STOP is not texted again (the delivery log says why).
  const sms = !settings.sms
    ? suppress(ctx, "FU4", to, "sms", "workspace_toggle_off")
    : !visitor.contactPhone
      ? suppress(ctx, "FU4", to, "sms", "no_contact")
      : visitor.textOptedOut
        ? suppress(ctx, "FU9", to, "sms", "no_contact")
        : send(ctx, "FU4", to, "sms", { delayMs, onceKey });
  const email = !settings.email
    ? suppress(ctx, "FU4", to, "email", "workspace_toggle_off")
    : !visitor.contactEmail
      ? suppress(ctx, "FU4", to, "email", "no_contact")
      : send(ctx, "FU4", to, "email", { delayMs, onceKey });
  return [push, sms, email];
}
