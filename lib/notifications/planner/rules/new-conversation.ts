// IC1, IC3 (with IC4–IC6 through the focus ladder): who hears about a new conversation.
import { membersOf, type Rule, suppress, toUser } from "../context";
import type { Decision } from "../decision";
import { agentAlert } from "../focus-ladder";
import { groupSlackChannelInUse } from "./slack-routing";

export const newConversationRule: Rule<"conversation.created"> = (ctx) => {
  const c = ctx.snapshot.conversation;
  // Decided: an agent-initiated conversation (LV8 "Start chat") notifies nobody; its author is in it already.
  if (!c || c.initiator === "agent") return [];
  const groupIds = new Set(c.group?.memberIds ?? []);
  // SK1–SK3: with a group Slack channel, the channel (or its DM) replaces group members' own Slack DMs.
  const routed = groupSlackChannelInUse(ctx);
  const slackDmOf = (userId: string) => (routed && groupIds.has(userId) ? "routed" : "preference");
  const base = { rule: "IC1", conversationId: c.id, waitBeforeExternal: true } as const;
  const decisions: Decision[] = [];
  if (c.assigneeId) {
    for (const m of membersOf(ctx, [c.assigneeId])) {
      decisions.push(...agentAlert(ctx, m, { ...base, scope: "me", slackDm: slackDmOf(m.userId) }));
    }
  }
  for (const m of membersOf(ctx, c.group?.memberIds ?? [])) {
    if (m.userId === c.assigneeId) continue;
    decisions.push(...agentAlert(ctx, m, { ...base, scope: "team", slackDm: slackDmOf(m.userId) }));
  }
  // IC3: everyone else hears nothing. Recorded (once, on in_app) so "why wasn't I notified about this
  // conversation?" has an answer; only for conversation.created, not for every later message.
  for (const m of ctx.snapshot.members) {
    if (m.userId === c.assigneeId || groupIds.has(m.userId)) continue;
    decisions.push(suppress(ctx, "IC3", toUser(m.userId), "in_app", "not_in_group"));
  }
  return decisions;
};
