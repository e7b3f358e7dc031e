// SL2: a warning goes to the assignee (the group if unassigned); a breach to the assignee and the supervisors.
// SL3: a timer the reply or closing already stopped notifies nobody; each warning and breach at most once.

import type { EventOf } from "../../events/event";
import { membersOf, type PlanContext, type Rule, supervisorsOf, suppress, toUser } from "../context";
import type { Decision } from "../decision";
import { agentAlert } from "../focus-ladder";
import { slaOnceKey } from "../once-keys";
import type { PreferenceScope } from "../preferences";
import type { MemberFacts } from "../snapshot";

type SlaEvent = EventOf<"sla.warning"> | EventOf<"sla.breached">;

function slaRule(ctx: PlanContext<SlaEvent>): Decision[] {
  const c = ctx.snapshot.conversation;
  // A job that fires after the reply or the close (a race with its cancellation) is a no-op.
  if (!c || c.status === "closed" || ctx.snapshot.slaTimer?.state !== "running") return [];
  const kind = ctx.event.type === "sla.warning" ? "warning" : "breached";
  const onceKey = slaOnceKey(kind, c.id, ctx.event.target);
  const recipients = new Map<string, { member: MemberFacts; scope: PreferenceScope }>();
  const owners = c.assigneeId ? membersOf(ctx, [c.assigneeId]) : membersOf(ctx, c.group?.memberIds ?? []);
  for (const m of owners) recipients.set(m.userId, { member: m, scope: c.assigneeId ? "me" : "team" });
  if (kind === "breached") {
    for (const m of supervisorsOf(ctx))
      if (!recipients.has(m.userId)) recipients.set(m.userId, { member: m, scope: "me" });
  }
  const decisions: Decision[] = [];
  for (const { member, scope } of recipients.values()) {
    if (ctx.snapshot.alreadyNotified.has(onceKey)) {
      decisions.push(suppress(ctx, "SL3", toUser(member.userId), "in_app", "already_notified"));
      continue;
    }
    // Decided: SLA alerts use the focus ladder without the IC6 wait (a deadline does not wait).
    const options = { rule: "SL2", conversationId: c.id, scope, waitBeforeExternal: false, onceKey } as const;
    decisions.push(...agentAlert(ctx, member, { ...options, slackDm: "preference" }));
  }
  return decisions;
}

export const slaWarningRule: Rule<"sla.warning"> = slaRule;
export const slaBreachedRule: Rule<"sla.breached"> = slaRule;
