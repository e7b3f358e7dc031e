// X1: "why wasn't I notified?" always has an answer, from the stored decisions of an event.

import type { HeraldEvent } from "../events/event";
import type { Decision, ReasonCode } from "../planner/decision";

export interface Explanation {
  reason: ReasonCode;
  decisions: Decision[]; // the user's own decisions, every channel
}

// With no decision for the user, the event never had them in its audience: a Live View goes to account owners
// only; everything else to the conversation's assignee and group (or supervisors, the mentioned, the visitor).
export function explainForUser(
  event: HeraldEvent,
  decisions: readonly Decision[],
  userId: string,
): Explanation {
  const mine = decisions.filter((d) => d.recipient.kind === "user" && d.recipient.userId === userId);
  if (mine.some((d) => d.outcome === "send")) return { reason: "sent", decisions: mine };
  const first = mine.find((d) => d.channel === "in_app") ?? mine[0];
  if (first) return { reason: first.reason, decisions: mine };
  return { reason: event.type === "visit.started" ? "not_account_owner" : "not_in_group", decisions: [] };
}
